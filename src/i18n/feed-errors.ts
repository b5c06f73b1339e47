/**
 * Why a feed could not be loaded, in the widget's language: one sentence per error code for readers.
 * The loader's own message (English, technical, for the webmaster) is shown beside it, marked
 * `lang="en"`.
 */
import type { FeedErrorCode } from '../feed/types.js';
import type { LocaleController } from './locale-controller.js';

export function feedErrorReason(i18n: LocaleController, code: FeedErrorCode): string {
  const { msg } = i18n;
  switch (code) {
    case 'network':
      return msg('The server could not be reached, or the browser blocked the request.', { id: 'notice.reason.network' });
    case 'timeout':
      return msg('The server took too long to answer.', { id: 'notice.reason.timeout' });
    case 'http':
      return msg('The server answered with an error.', { id: 'notice.reason.http' });
    case 'content-type':
      return msg('The server did not send JSON data.', { id: 'notice.reason.content-type' });
    case 'too-large':
      return msg('The data file is too large.', { id: 'notice.reason.too-large' });
    case 'parse':
      return msg('The data file is not valid JSON.', { id: 'notice.reason.parse' });
    case 'invalid':
      return msg('The data file is not a usable REGIN feed.', { id: 'notice.reason.invalid' });
    case 'version':
      return msg('The data file uses a format version these widgets do not support.', { id: 'notice.reason.version' });
    default:
      return '';
  }
}
