/**
 * The fixture units whose data has the 附表 detail (every table can be filled), with the
 * edition of the 附表 their pack prints: the 13 tables of the 2022 accounts on (sichuan-2022,
 * sichuan-2023) or the 14 of 2020–2021 (sichuan-2020). The other fixture units lack
 * byFunction or the economic split and get no 附表 (the run says which fields).
 */
export interface TableUnit {
  data: string;
  unit: string;
  edition: '2020' | '2022';
  /** The unit line above each table: 部门： for a 部门决算, 单位： for a 单位决算 (the data's level). */
  unitLine: string;
}

export const TABLE_UNITS: readonly TableUnit[] = [
  { data: 'test/fixtures/units/2020/示例县妇幼保健院.json', unit: '示例县妇幼保健院', edition: '2020', unitLine: '单位：示例县妇幼保健院' },
  { data: 'test/fixtures/units/2022/示例区文化馆.json', unit: '示例区文化馆', edition: '2022', unitLine: '单位：示例区文化馆' },
  {
    data: 'test/fixtures/units/2022/示例县文化广播电视和旅游局.json',
    unit: '示例县文化广播电视和旅游局',
    edition: '2022',
    unitLine: '部门：示例县文化广播电视和旅游局',
  },
  { data: 'test/fixtures/units/2023/示例市民政局.json', unit: '示例市民政局', edition: '2022', unitLine: '部门：示例市民政局' },
  { data: 'test/fixtures/tables/2023/示例区司法局.json', unit: '示例区司法局', edition: '2022', unitLine: '部门：示例区司法局' },
];
