// url: https://store.weixin.qq.com/shop/home?token=8817263540
/** 微信小店 home after a click on 近7天 (same app, same URL): see pages/parts/others-wxstore.jsx. */
import { mountWxstore } from '../../parts/others-wxstore.jsx';

mountWxstore('7d');
