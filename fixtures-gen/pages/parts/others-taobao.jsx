/**
 * 淘宝直播 liveplatform.taobao.com shell pieces that no installed library renders: the `tbd-`
 * (Taobao design) menu and select, and the `tui-number-figure` number component that renders the
 * live ID (REAL-DOM.md §6, idx:58678258711, oba taobao/constant.ts). Hand-written from the class
 * names the evidence quotes; the inner structure is [I].
 */
import { useSheet } from './others-hash.jsx';

useSheet(`
body{margin:0;font-family:PingFang SC,Microsoft YaHei,sans-serif;background:#f4f5f7;color:#333}
.tla-header{height:52px;display:flex;align-items:center;gap:16px;padding:0 24px;background:#fff;border-bottom:1px solid #eee}
.tla-logo{font-weight:700;color:#ff5000;font-size:17px}
.tla-account{margin-left:auto;font-size:13px;display:flex;gap:12px;align-items:center}
.tla-layout{display:flex}
.tbd-menu{width:200px;background:#fff;min-height:calc(100vh - 52px);list-style:none;margin:0;padding:8px 0}
.tbd-menu-item{padding:9px 24px;font-size:13px;cursor:pointer}
.tbd-menu-item-selected{color:#ff5000;background:#fff3ec}
.tbd-menu-group-title{padding:12px 16px 4px;font-size:12px;color:#999}
.tla-content{flex:1;padding:16px 24px;min-width:0}
.tbd-select{display:inline-flex;align-items:center;gap:6px;border:1px solid #ddd;border-radius:4px;padding:2px 8px;font-size:12px;background:#fff}
.tbd-select-arrow{border:4px solid transparent;border-top-color:#999;margin-top:4px}
.tbd-select-dropdown{display:none}
.tui-number-figure{font-family:Alibaba Sans,DIN,sans-serif;font-variant-numeric:tabular-nums}
.tui-number-figure-sep{padding:0 1px}
`);

const MENU = [
  ['直播', ['直播管理', '直播中控台', '直播素材']],
  ['数据', ['直播概览', '直播数据', '商品分析', '粉丝分析']],
  ['工具', ['流量券', '主播设置']],
];

/** header + tbd- side menu + content */
export function TaobaoShell({ current, account, children }) {
  return (
    <>
      <div className="tla-header">
        <span className="tla-logo">淘宝直播</span>
        <span>主播工作台</span>
        <div className="tla-account">
          <span data-tblalog-id="msg_entry">消息</span>
          <span className="tla-account-name">{account}</span>
        </div>
      </div>
      <div className="tla-layout">
        <ul className="tbd-menu tbd-menu-inline" role="menu">
          {MENU.map(([g, items]) => (
            <li key={g} className="tbd-menu-item-group">
              <div className="tbd-menu-group-title">{g}</div>
              <ul className="tbd-menu-item-group-list">
                {items.map((it) => (
                  <li key={it} role="menuitem" className={'tbd-menu-item' + (it === current ? ' tbd-menu-item-selected' : '')} data-tblalog-id={'menu_' + it}>{it}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <div className="tla-content">{children}</div>
      </div>
    </>
  );
}

/** tbd- select, closed; its options live in a hidden dropdown portal */
export function TbdSelect({ value, options }) {
  return (
    <span className="tbd-select tbd-select-single">
      <span className="tbd-select-selection-item" title={value}>{value}</span>
      <span className="tbd-select-arrow" />
      <span className="tbd-select-dropdown tbd-select-dropdown-hidden">
        {options.map((o) => <span key={o} className={'tbd-select-option' + (o === value ? ' tbd-select-option-selected' : '')}>{o}</span>)}
      </span>
    </span>
  );
}

/** tui-number-figure: a number component; given the live ID it groups digits by three [I] */
export function NumberFigure({ value }) {
  const s = String(value);
  const groups = [];
  for (let i = s.length; i > 0; i -= 3) groups.unshift(s.slice(Math.max(0, i - 3), i));
  return (
    <span className="tui-number-figure" data-value={s}>
      {groups.map((g, i) => (
        <span key={i}>
          {i > 0 && <span className="tui-number-figure-sep">,</span>}
          <span className="tui-number-figure-group">{g}</span>
        </span>
      ))}
    </span>
  );
}
