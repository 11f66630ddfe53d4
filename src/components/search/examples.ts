/**
 * Examples of the search page, with the filter choices the real content gives
 * (content/fields.json and content/agencies.json, as used by the published guides).
 */
import type { ComponentExamples } from '../component-examples.ts';
import SearchPage from './SearchPage.astro';

interface SearchPageProps {
  fields: string[];
  agencies: string[];
  hotlines: { number: string; label: string }[];
}

const hotlines = [{ number: '024.1022', label: 'Tổng đài Hà Nội' }];

const examples: ComponentExamples<SearchPageProps> = {
  component: SearchPage,
  examples: [
    {
      name: 'the search form with filters by field and deciding agency',
      props: {
        fields: ['Cư trú', 'Đất đai', 'Hộ kinh doanh', 'Hộ tịch', 'Xây dựng'],
        agencies: ['Công an phường', 'Ủy ban nhân dân phường'],
        hotlines,
      },
      contains: ['Tìm thủ tục, sự kiện hoặc giấy tờ', 'Tất cả lĩnh vực', 'Hộ tịch', 'Công an phường', 'Tìm kiếm cần JavaScript'],
      has: [
        'form[data-module="site-search"][action="/tim-kiem/"][method="get"]',
        'input#tu-khoa[name="q"][type="search"]',
        'select#loc-linh-vuc[name="linh_vuc"] option',
        'select#loc-co-quan[name="co_quan"] option',
        '#trang-thai-tim-kiem[role="status"]',
        'noscript a[href="/giay-to/"]',
        'section#khong-khop[hidden] a[href="/thu-tuc/"]',
        'section#khong-khop a[href="tel:0241022"]',
      ],
    },
    {
      name: 'with no filter choices, each select still offers "all"',
      props: { fields: [], agencies: [], hotlines },
      contains: ['Tất cả lĩnh vực', 'Tất cả cơ quan'],
      lacks: ['Hộ tịch'],
      has: ['select#loc-linh-vuc > option', 'select#loc-co-quan > option'],
      hasNot: ['select#loc-linh-vuc > option + option'],
    },
  ],
};

export default examples;
