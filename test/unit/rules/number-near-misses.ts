/** The near-misses of issue 5 that no number rule may touch (shared by the number rules' tests). */
export const NUMBER_NEAR_MISSES =
  '圆周率3.14，详见www.gov.cn，收入1,000元，按〔2024〕1号文件，电话0551-12345678，依据GB/T 15835-2011，24年来，荣获一、二等奖，截止日期为2026年12月31日。';
