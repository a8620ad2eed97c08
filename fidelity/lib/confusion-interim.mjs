// INTERIM look-alike table (形近字), written for this driver only so that the injection and measurement run and
// are tested before the lexical layer lands. It is NOT the project's confusion set: branch f-lexicon builds the
// real one (same and similar sound, similar shape) and replaces this module through `--confusion`.
//
// Each group lists characters that writers mistype for one another by shape; every member may stand for every
// other member. Small on purpose (about 60 groups).
const GROUPS = [
  '己已巳', '戌戍', '拨拔', '候侯', '辩辨辫', '崇祟', '未末', '土士', '治冶', '栽载裁', '持特', '徒徙', '贷货',
  '刺剌', '赢羸', '析折', '竞竟', '免兔', '问间', '洒酒', '旦且', '历厉', '准淮', '浙淅', '幕墓慕暮募', '籍藉',
  '缘绿', '侍待', '陪倍培赔', '峰锋蜂', '晴睛', '撤澈', '馈溃', '织职帜', '经径', '拆折', '厌压', '休体', '往住',
  '天夭', '王玉', '日曰', '午牛', '延廷', '扳板', '迫追', '要耍', '贫贪', '冒昌', '祭察', '设没', '管菅', '项顶',
  '贵责', '壁璧', '密蜜', '谋媒', '锻缎', '蓝篮', '揭竭渴', '输榆', '微徽', '侯喉', '综棕', '推堆', '监鉴',
];

const TABLE = new Map();
for (const g of GROUPS) {
  const chars = [...g];
  for (const c of chars) {
    const set = TABLE.get(c) ?? new Set();
    for (const o of chars) if (o !== c) set.add(o);
    TABLE.set(c, set);
  }
}

/** Characters a writer may type for `ch` by shape (interim table). */
export function confusions(ch) {
  return [...(TABLE.get(ch) ?? [])];
}

export const name = '临时形近字表（interim look-alike table, fidelity/lib/confusion-interim.mjs）';
