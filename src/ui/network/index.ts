export { NetworkGraph, type NetworkGraphProps } from './NetworkGraph.tsx';
export { WeightMatrices, type WeightMatricesProps } from './WeightMatrices.tsx';
export { ModelSummary, type ModelSummaryProps } from './ModelSummary.tsx';
export { parseNumber, NUMBER_HINT, type ParseResult } from './parseNumber.ts';
