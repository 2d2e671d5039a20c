// url: https://store.weixin.qq.com/shop/home
/** 微信小店 home, 今天 view: see pages/parts/others-wxstore.jsx. */
import { mountWxstore } from '../../parts/others-wxstore.jsx';

mountWxstore('today');
