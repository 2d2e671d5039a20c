/**
 * What a saved page keeps and drops (lib/snapshot/serialize.ts), on a page built with everything
 * a backend may hold: open shadow roots (nested, with their own and adopted styles) written as
 * declarative shadow DOM and read back as shadow roots; scripts, handlers, iframe contents,
 * images, data: URLs, links and form values gone; styles that hide things kept.
 */
import { describe, expect, it } from 'vitest';
import { parseSnapshot, serializePage } from '../../lib/snapshot';
import { keptAttribute } from '../../lib/snapshot/serialize';
import { stripCss, visibilityCss } from '../../lib/snapshot/css';

function page(): Document {
  const doc = document.implementation.createHTMLDocument('直播详情');
  doc.head.innerHTML =
    '<meta name="referrer" content="no-referrer"><link rel="stylesheet" href="https://cdn.example.com/a.css"><style>.tip-hidden{display:none} .bg{background:url(https://cdn.example.com/bg.png)} @import url("https://cdn.example.com/b.css");</style><script>var token="SECRET-HEAD"</script>';
  doc.body.innerHTML = `
    <div id="app" onclick="steal()" data-track="x">
      <div class="card"><span>直播间观看人数</span><b style="color:red;background-image:url(data:image/png;base64,AAAA)">12,345</b></div>
      <img src="https://cdn.example.com/avatar.png" srcset="a.png 2x" alt="头像">
      <picture><source srcset="b.webp"><img src="b.png"></picture>
      <iframe src="https://ads.example.com/" srcdoc="<p>SECRET-IFRAME</p>"></iframe>
      <input type="text" value="SECRET-INPUT"><input type="checkbox" checked><input type="submit" value="查询">
      <textarea>SECRET-TEXTAREA</textarea>
      <select><option value="1">今日</option><option value="7" selected>近7天</option></select>
      <a href="https://compass.jinritemai.com/shop/x?token=SECRET-LINK">详情</a><a href="#top">顶部</a>
      <svg><use href="#icon-up"></use><image href="https://cdn.example.com/i.png"></image></svg>
      <div class="tip-hidden">成交金额 998</div><div hidden>隐藏</div><div style="display:none">也隐藏</div>
      <noscript>SECRET-NOSCRIPT</noscript><object data="x.swf"></object>
      <!-- SECRET-COMMENT -->
      <stagelens-badge>StageLens</stagelens-badge>
      <micro-app id="host"></micro-app>
    </div>`;
  const host = doc.getElementById('host')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<style>.v{font-weight:bold}</style><div class="card"><span>成交金额</span><span class="v">¥236,552</span></div><wujie-app id="inner"></wujie-app><script>SECRET_SHADOW_SCRIPT()</script>';
  const inner = (root.getElementById?.('inner') ?? root.querySelector('#inner'))!;
  inner.attachShadow({ mode: 'open' }).innerHTML = '<p>千次观看成交金额 <b>1,234.5</b></p>';
  const closedHost = doc.createElement('div');
  closedHost.className = 'closed-host';
  closedHost.attachShadow({ mode: 'closed' }).innerHTML = '<p>SECRET-CLOSED</p>';
  doc.body.append(closedHost);
  return doc;
}

describe('serializePage', () => {
  const html = serializePage(page());

  it('drops what runs or loads: scripts, handlers, images, iframe contents, links, data: URLs, @import', () => {
    for (const s of [
      'SECRET-HEAD',
      'SECRET_SHADOW_SCRIPT',
      'SECRET-IFRAME',
      'SECRET-NOSCRIPT',
      'SECRET-COMMENT',
      'SECRET-LINK',
      'SECRET-CLOSED',
      'steal()',
      'onclick',
      'cdn.example.com',
      'ads.example.com',
      'data:image',
      'x.swf',
      '@import',
    ]) {
      expect(html, s).not.toContain(s);
    }
    expect(html).not.toMatch(/<script|<img|<picture|<source|<link|<object|<noscript|<stagelens-badge|srcset=|src=|srcdoc=/i);
    expect(html).toContain('<iframe></iframe>'); // the frame's place stays, empty
    expect(html).toContain('<use href="#icon-up">'); // an in-page reference is not a request
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toContain('referrer');
  });

  it('drops form values: typed text, checked boxes, selected options, textarea content', () => {
    for (const s of ['SECRET-INPUT', 'SECRET-TEXTAREA', 'checked', 'selected']) expect(html, s).not.toContain(s);
    expect(html).toContain('<textarea></textarea>');
    expect(html).toContain('value="查询"'); // a button's caption is not a form value
  });

  it('keeps styles and attributes that decide what is visible', () => {
    expect(html).toContain('.tip-hidden{display:none}');
    expect(html).toContain('<div class="tip-hidden">成交金额 998</div>');
    expect(html).toContain('<div hidden="">隐藏</div>');
    expect(html).toContain('style="display:none"');
    expect(html).toMatch(/style="color:red;background-image:none"/);
    expect(html).toContain('.bg{background:none}');
  });

  it('writes open shadow roots (nested too) as declarative shadow DOM, read back as shadow roots', () => {
    expect(html).toContain('<micro-app id="host"><template shadowrootmode="open"><style>.v{font-weight:bold}</style>');
    expect(html).toContain('<wujie-app id="inner"><template shadowrootmode="open"><p>千次观看成交金额 <b>1,234.5</b></p></template></wujie-app>');
    const back = parseSnapshot(html);
    const sr = back.querySelector('micro-app')!.shadowRoot!;
    expect(sr).toBeTruthy();
    expect(sr.textContent).toContain('¥236,552');
    expect(sr.querySelector('wujie-app')!.shadowRoot!.textContent).toContain('1,234.5');
    expect(back.querySelector('template')).toBeNull();
    // saving the saved page again changes nothing
    const again = serializePage(back);
    expect(serializePage(parseSnapshot(again))).toBe(again);
    expect(again).toBe(html);
  });

  it('drops words and numbers written by CSS content, keeps units and icon glyphs', () => {
    expect(
      stripCss('.a::after{content:"星河优选"} .b::before{content:\'236,552\'} .c::after{content:"万"} .i::before{content:"\\e601"} .d{content:"Lily"}'),
    ).toBe('.a::after{content:""} .b::before{content:\'\'} .c::after{content:"万"} .i::before{content:"\\e601"} .d{content:""}');
  });

  it('keeps from a linked stylesheet only the rules that show or hide things', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '.a{color:red;display:none} .b{background:url(https://cdn.example.com/x.png)} @media (max-width: 600px){.c{visibility:hidden !important;margin:0}} .d{opacity:0}',
    );
    const css = visibilityCss(sheet);
    expect(css).toContain('.a{display:none}');
    expect(css).toMatch(/@media \(max-width: ?600px\)\{\.c\{visibility:hidden !important\}\}/);
    expect(css).toContain('.d{opacity:0}');
    expect(css).not.toMatch(/color|margin|cdn\.example|\.b/);
    expect(visibilityCss(null)).toBe('');
    const unreadable = {
      get cssRules(): CSSRuleList {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as CSSStyleSheet;
    expect(visibilityCss(unreadable)).toBe('');
  });

  it('keptAttribute: handlers, loaders and javascript:/data: values never survive', () => {
    const el = document.createElement('div');
    for (const [n, v] of [
      ['onmouseover', 'x()'],
      ['src', 'a.png'],
      ['poster', 'p.png'],
      ['data-src', 'x.png'],
      ['title', 'javascript:alert(1)'],
      ['data-x', 'data:text/html;base64,AAA'],
      ['href', 'https://x.example/'],
    ]) {
      expect(keptAttribute(el, n!, v!), n).toBeNull();
    }
    expect(keptAttribute(el, 'class', 'value-KaSdAo')).toBe('value-KaSdAo');
    expect(keptAttribute(el, 'aria-hidden', 'true')).toBe('true');
    expect(keptAttribute(el, 'style', 'width:expression(alert(1))')).toBeNull();
    expect(keptAttribute(el, 'style', 'display:none;background-image:image-set("data:image/png;base64,AA" 1x)')).toBe(
      'display:none;background-image:image-set("" 1x)',
    );
  });
});
