// 二.4 证明材料一份.
import { requireYes } from './yes-required';
import type { RowRule } from './types';

export const proofMaterials: RowRule = {
  id: 'proof-materials',
  check: (app, _facts, ctx) => requireYes(app, 'proofMaterials', 'proof-materials', ctx),
};
