import { describe, expect, it } from 'vitest';
import { pageKeyOf, streamOf, urlKeyOf } from '../../lib/store/pagekey';

describe('urlKeyOf', () => {
  it.each([
    ['https://compass.jinritemai.com/screen/live?live_room_id=752&_t=1753712400000', 'https://compass.jinritemai.com/screen/live?live_room_id=752'],
    ['https://compass.jinritemai.com/shop/live-list?spm=a.b&date_type=7&utm_source=x&btm_ppre=1', 'https://compass.jinritemai.com/shop/live-list?date_type=7'],
    ['https://qianchuan.jinritemai.com/board?aavid=17&live_room_id=9', 'https://qianchuan.jinritemai.com/board?aavid=17&live_room_id=9'],
    ['https://qianchuan.jinritemai.com/board?live_room_id=9&aavid=17', 'https://qianchuan.jinritemai.com/board?aavid=17&live_room_id=9'],
    ['https://s.kwaixiaodian.com/#/live/detail?liveId=55&timestamp=1', 'https://s.kwaixiaodian.com/#/live/detail?liveId=55'],
    ['https://store.weixin.qq.com/shop/live', 'https://store.weixin.qq.com/shop/live'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, key) => expect(urlKeyOf(url)).toBe(key));

  it('pageKey = platform|page|urlKey; streams are unambiguous', () => {
    expect(pageKeyOf('compass', 'liveScreen', 'https://compass.jinritemai.com/a?_=1')).toBe('compass|liveScreen|https://compass.jinritemai.com/a');
    expect(streamOf('p', 'a|b', 'c')).not.toBe(streamOf('p', 'a', 'b|c'));
    expect(streamOf('p', null, 'page')).not.toBe(streamOf('p', 'null', 'page'));
  });
});
