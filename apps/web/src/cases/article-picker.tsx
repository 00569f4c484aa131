import { articleLabel, type Clause } from '@eprocuracy/domain';
import { Select } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryTag } from './case-tags.tsx';
import { usePenalCode } from './cases-api.ts';
import { penaltyText } from './penalty-text.ts';
import { useDebounced } from './use-debounced.ts';

type Props = {
  id?: string;
  value?: string;
  onChange?: (article: string | undefined) => void;
  placeholder?: string;
  ariaLabel?: string;
  /** The day whose Penal Code applies (the offence date); today's when omitted. */
  on?: string | undefined;
};

/** Picks a Penal Code article by typing its number or words of its name ("173", "trom cap"). */
export const ArticlePicker = ({ id, value, onChange, placeholder, ariaLabel, on }: Props) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const result = usePenalCode(q, on);
  const items = q ? (result.data?.items ?? []) : [];
  const options = items.map((a) => ({
    value: articleLabel(a),
    label: t('cases.articleOption', { article: articleLabel(a), name: a.name }),
  }));
  // A value from a link or a saved filter shows as its number until it is searched.
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: t('cases.articleShort', { article: value }) });
  }
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value}
      placeholder={placeholder ?? t('cases.articlePlaceholder')}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(v) => {
        setSearch('');
        onChange?.(v ?? undefined);
      }}
      loading={result.isFetching}
      notFoundContent={q ? t('cases.penalCode.noResult') : t('cases.articleTypeHint')}
      options={options}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
};

/** Clauses a person or a legal person can be charged under: the penalty ranges, preparation, the corporate clause. */
export const CHARGEABLE_CLAUSES: readonly Clause['kind'][] = ['penalty', 'preparation', 'corporate'];

/** What a clause punishes, in a line. */
export const clauseSummary = (t: TFunction, clause: Clause): string => {
  if (clause.kind === 'corporate') return t('cases.penalCode.corporateClause');
  const text = penaltyText(t, clause.penalty);
  return clause.kind === 'preparation' ? t('cases.penalCode.preparation', { penalty: text }) : text;
};

/** Picks a clause of the chosen article, showing its penalty and crime category. */
export const ClausePicker = (props: {
  id?: string;
  article?: string | undefined;
  value?: number | null;
  onChange?: (clause: number | null) => void;
  on?: string | undefined;
}) => {
  const { t } = useTranslation();
  const result = usePenalCode(props.article ?? '', props.on, 5);
  const article = result.data?.items.find((a) => articleLabel(a) === props.article);
  const clauses = (article?.clauses ?? []).filter((c) => c.number !== null && CHARGEABLE_CLAUSES.includes(c.kind));
  return (
    <Select<number>
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      allowClear
      disabled={!props.article || (article !== undefined && clauses.length === 0)}
      loading={result.isFetching}
      placeholder={article && clauses.length === 0 ? t('cases.noClauses') : t('cases.clausePlaceholder')}
      popupMatchSelectWidth={false}
      optionLabelProp="title"
      options={clauses.map((c) => ({
        value: c.number ?? 0,
        title: t('cases.clauseShort', { clause: c.number }),
        label: (
          <span>
            {t('cases.clauseShort', { clause: c.number })} — {clauseSummary(t, c)} <CategoryTag category={c.category} />
          </span>
        ),
      }))}
      style={{ width: '100%' }}
    />
  );
};
