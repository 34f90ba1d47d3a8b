import {createContext, useContext} from 'react';

/** Text attributes for one semantic token; colour is dropped under NO_COLOR. */
export interface Style {
	readonly color?: string;
	readonly backgroundColor?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
}

/** Semantic colour tokens: components name what a thing is, not which colour it has. */
export interface Theme {
	readonly isColor: boolean;
	readonly title: Style;
	readonly meta: Style;
	readonly muted: Style;
	readonly match: Style;
	readonly selected: Style;
	readonly bookmark: Style;
	/** The unread marker in the list. */
	readonly unread: Style;
	readonly link: Style;
	readonly heading: Style;
	readonly focusBorder: Style;
	/** The focused pane's marker on the separator between the panes. */
	readonly focusLabel: Style;
	readonly status: {readonly info: Style; readonly warning: Style; readonly error: Style};
	readonly hintKey: Style;
}

const colorTheme: Theme = {
	isColor: true,
	title: {bold: true, color: 'cyanBright'},
	meta: {color: 'gray'},
	muted: {color: 'gray'},
	match: {color: 'yellowBright', bold: true, underline: true},
	selected: {inverse: true, bold: true},
	bookmark: {color: 'magentaBright', bold: true},
	unread: {color: 'cyanBright', bold: true},
	link: {color: 'blueBright', underline: true},
	heading: {bold: true},
	focusBorder: {color: 'cyan'},
	focusLabel: {color: 'cyan', bold: true, inverse: true},
	status: {info: {color: 'green'}, warning: {color: 'yellow', bold: true}, error: {color: 'redBright', bold: true}},
	hintKey: {bold: true},
};

function withoutColor(style: Style): Style {
	const {color: _color, backgroundColor: _backgroundColor, ...rest} = style;
	return rest;
}

/** The theme for an environment: NO_COLOR (any non-empty value) keeps bold, inverse and underline only. */
export function createTheme(environment: Readonly<Record<string, string | undefined>>): Theme {
	if (!environment['NO_COLOR']) {
		return colorTheme;
	}

	return {
		isColor: false,
		title: withoutColor(colorTheme.title),
		meta: withoutColor(colorTheme.meta),
		muted: {},
		match: withoutColor(colorTheme.match),
		selected: colorTheme.selected,
		bookmark: withoutColor(colorTheme.bookmark),
		unread: withoutColor(colorTheme.unread),
		link: withoutColor(colorTheme.link),
		heading: colorTheme.heading,
		focusBorder: {},
		focusLabel: withoutColor(colorTheme.focusLabel),
		status: {info: {}, warning: {bold: true}, error: {bold: true}},
		hintKey: colorTheme.hintKey,
	};
}

/** Provides the theme to every component. */
export const ThemeContext = createContext<Theme>(colorTheme);

/** The current theme. */
export function useTheme(): Theme {
	return useContext(ThemeContext);
}
