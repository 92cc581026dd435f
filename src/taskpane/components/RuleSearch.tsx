// The findings list's rule choice (by the rule's title) and its search on unit or project.
import { Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RuleChoice } from '../logic/findings';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface RuleSearchProps {
  rules: RuleChoice[];
  rule: string | null;
  search: string;
  onRule(rule: string | null): void;
  onSearch(search: string): void;
}

export function RuleSearch({ rules, rule, search, onRule, onSearch }: RuleSearchProps) {
  const t = useText();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={t(flowUi.ruleFilter)} size="small">
        <Select size="small" value={rule ?? ''} onChange={(_, data) => onRule(data.value === '' ? null : data.value)}>
          <option value="">{t(flowUi.allRules)}</option>
          {rules.map((choice) => (
            <option key={choice.rule} value={choice.rule}>
              {t(flowUi.ruleOption(choice.title, choice.count))}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t(flowUi.search)} size="small">
        <SearchBox size="small" value={search} placeholder={t(flowUi.searchPlaceholder)} onChange={(_, data) => onSearch(data.value)} />
      </Field>
    </div>
  );
}
