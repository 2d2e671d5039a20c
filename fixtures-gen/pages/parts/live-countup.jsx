/**
 * react-countup's CountUp component. Its build is CommonJS with `__esModule`, and this package is
 * "type": "module", so esbuild gives a default import the whole exports object (node's rule):
 * take `.default` by hand.
 */
import * as RC from 'react-countup';

export const CountUp = RC.default?.default ?? RC.default;
export const useCountUp = RC.useCountUp ?? RC.default?.useCountUp;
