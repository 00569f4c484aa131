import { Col, Form, Input, Row } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useTranslation } from 'react-i18next';
import { ArticlePicker, ClausePicker } from './article-picker.tsx';

type Props = {
  /** Where the charge sits in the form: [] at the top, [index] inside a Form.List. */
  prefix: (string | number)[];
  /** The full path of the article field, to watch it (differs from `prefix` inside a Form.List). */
  articlePath: NamePath;
  on?: string;
};

/** Article, clause and point of one charge: the article searched in the Penal Code, the clause picked from it. */
export const ChargeFields = ({ prefix, articlePath, on }: Props) => {
  const { t } = useTranslation();
  const article = Form.useWatch(articlePath) as string | undefined;
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...prefix, 'article']}
          label={t('cases.article')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <ArticlePicker on={on} />
        </Form.Item>
      </Col>
      <Col xs={16} md={8}>
        <Form.Item name={[...prefix, 'clause']} label={t('cases.clause')}>
          <ClausePicker article={article} on={on} />
        </Form.Item>
      </Col>
      <Col xs={8} md={4}>
        <Form.Item name={[...prefix, 'point']} label={t('cases.point')}>
          <Input maxLength={1} placeholder="a" />
        </Form.Item>
      </Col>
    </Row>
  );
};
