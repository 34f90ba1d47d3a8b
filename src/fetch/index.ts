export {fetchArxiv, arxivPageUrl, type ArxivRequest, type PageProgress} from './fetch-arxiv.js';
export {fetchHfDaily, hfDailyUrl} from './fetch-hf-daily.js';
export {FetchError} from './fetch-error.js';
export {HttpClient, describeNetworkError, type HttpClientOptions, type WaitNotice} from './http-client.js';
export {ARXIV_GAP_MS, ARXIV_PAGE_LIMIT, fetchSettings, SettingError, type FetchSettings} from './fetch-settings.js';
export {RateLimiter, realSleep, type Sleep} from './rate-limiter.js';
export {backoffDelay, defaultRetryPolicy, isRetryableStatus, parseRetryAfter, type RetryPolicy} from './retry-policy.js';
