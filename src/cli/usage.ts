/** The one-line usage shown after a command-line mistake. */
export const usageLine =
	'usage: paper-tui [list|search QUERY|show ID|similar ID|bookmarks [list|add|rm|export]|library export|import FILE|fetch arxiv QUERY|fetch hf-daily] [--corpus FILE]... [--json] — see paper-tui --help';

/** The full --help text; every command and option. Kept under 80 columns. */
export const helpText = `paper-tui — explore and collect research papers in the terminal

Usage:
  paper-tui                          open the explorer (needs a terminal)
  paper-tui list [--json]            list every paper
  paper-tui search QUERY [--json] [--limit N]
                                     rank papers for QUERY (default limit 20)
  paper-tui show ID [--json]         one paper: title, abstract, links
  paper-tui similar ID [--json] [--limit N]
                                     papers most like ID (default limit 10)
  paper-tui bookmarks [list] [--json]
  paper-tui bookmarks add ID...      bookmark papers (unknown ids: exit 2)
  paper-tui bookmarks rm ID...       remove bookmarks
  paper-tui bookmarks export --format bibtex|markdown|json [--output FILE]
  paper-tui fetch arxiv QUERY [--max N] [--since DAY] [-o FILE] [--append]
                                     arXiv search results, newest first
                                     (default 200), into a corpus file
  paper-tui fetch hf-daily [--date DAY] [-o FILE] [--append]
                                     Hugging Face's daily papers
  paper-tui library export [-o FILE]
                                     bookmarks, read state, tags and notes
  paper-tui library import FILE      merge another machine's export here

Options:
  --corpus FILE       open FILE instead of the built-in corpus; repeat to merge.
                      BibTeX, arXiv Atom, CSL-JSON (Zotero), Hugging Face daily
                      papers, JSON (array or {"papers": [...]}), JSON Lines or
                      page text; the same paper in two files is one
  --config-dir DIR    keep bookmarks in DIR (also: PAPER_TUI_CONFIG_DIR); notes
                      are in PAPER_TUI_DATA_DIR (~/.local/share/paper-tui)
  --json              machine-readable output (see README)
  --limit N           at most N search results (or similar papers)
  --format F          export format: bibtex, markdown or json
  -o, --output FILE   write the export to FILE (atomically) instead of stdout;
                      for fetch, the corpus file (default: in the data folder,
                      PAPER_TUI_DATA_DIR; the path is printed)
  --max N             fetch at most N papers (default 200)
  --since DAY         fetch papers submitted on or after DAY (YYYY-MM-DD)
  --date DAY          the daily papers of DAY (default: the latest)
  --append            add fetched papers to FILE, skipping ones it has
  -h, --help          this help
  -v, --version       the version

Queries: words match title, authors and abstract (title weighs most); papers
matching all words come first; the last word is also a prefix; one typo is
forgiven in words of 5+ letters. title:word and abstract:word restrict a word
to a field, -word excludes it, +word requires it.

In the explorer press ? for every key. Exit codes: 0 ok, 1 no search results,
a fetch that failed or an unexpected error, 2 bad usage or bad input.
`;
