// 二.4 证明材料一份.
import { requireYes } from './yes-required';
import type { RowRule } from './types';
import { inputsOf } from './facts';

export const proofMaterials: RowRule = {
  id: 'proof-materials',
  inputs: inputsOf([], ['proofMaterials']),
  check: (app, _facts, ctx) => requireYes(app, 'proofMaterials', 'proof-materials', ctx),
};
