export { generateSample, sampleColumns, SAMPLE_DEFAULTS, SAMPLE_DEADLINE, SAMPLE_TITLE, type SampleOptions } from './generate';
