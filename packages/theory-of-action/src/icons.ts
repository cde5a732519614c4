// The chain's shapes are shared with the driver diagram: they live in @outcome-kit/elements.
export { arrowIcon, sparkline, statusIcon, verdictIcon } from '@outcome-kit/elements';
