"""The alarm rules for Chinese cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _SENTENCE_UNREPORTED, _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE

ZH = [
    _rule(r"致命|危及生命|死亡|(?<!不)死|绝症|晚期|心脏(?:骤停|停跳|突然停|衰竭)|猝死|昏迷|抽搐|"
          r"癫痫|大出血|流血不止|(?<!良)(?<!还是)(?<!或)(?<!或者)(?<!排除)恶性|癌(?![胚抗标])(?![症]?(?:筛查|早筛|普查|早期筛))|危险(?:的|水平)|有生命危险|白血病|"
          r"淋巴瘤|骨髓瘤|肉瘤|衰竭|缺氧|扩散|转移(?!酶)|脑水肿|水肿|中风|脑梗|心梗|猝"),
    _rule(r"失明|纤维化|瘫痪"),
    _rule(r"随时(?!间|都?可以|联系|咨询|预约|就诊|就医|复查|告诉|询问)|休克|危险地|极其危险"),
    # fainting, unless the sentence asks to report it ("如果您曾经晕倒，请在就诊时告诉医生")
    _rule(_SENTENCE_UNREPORTED + r"(?:晕倒|昏倒)"),
    _rule(r"脑出血|内出血|颅内出血|脑溢血|突发|猝然"),
    _rule(r"蔓延|扩散到|中毒"),
    _rule(r"出大问题|大麻烦|严重问题"),
    _rule(r"可怕|很严重的病|坏东西|不好的病"),
    # ("包括胆道炎症和一些肿瘤": one cause in a list of several)
    _rule(r"脑瘤|(?<![非无])(?<!一些)(?<!某些)(?<!包括)肿瘤(?!标志|指标|标记|因素)",
          unless_modal=True),
    # an organ or nerve damaged now or stopping; a loss that cannot be undone
    _rule(r"(?:正在|已经|严重|永久性?)受损|(?:心脏|心跳|肾脏?|肝脏?|大脑|肺|器官|神经|血管|动脉|"
          r"动脉瘤)"
          r"[\u4e00-\u9fff]{0,6}(?:停止跳动|停止工作|罢工|失去功能|丧失功能|破裂)|"
          r"永久(?:性)?(?:丧失|失明|损伤|损害|失去)|(?:视力|视觉|肾功能)[\u4e00-\u9fff]{0,4}丧失|"
          r"丧失视力|失去视力|不可逆|无法(?:挽回|逆转|恢复)|来不及|为时已晚|截肢"),
    # asking about death, an organ failing or how long is left ("距离下次复查还有多久？" asks
    # about the visit)
    _rule(r"(?<!不)死|衰竭|猝死|停跳|骤停|昏迷|瘫痪|失明|还能活|"
          r"^(?![^？?]*(?:复查|检查|预约|复诊|随访|结果|抽血|报告))[^？?]*?还有多久(?![能可才出拿到取])|"
          r"还有多久(?:可以|能)活|来不及|太晚|晚期|"
          r"有生命危险|危及生命",
          kinds=QUESTION),
    _rule(r"扩散|转移(?!酶)|(?<!良)恶性",
          kinds=QUESTION, unless_choice=True),
]

ZH += [
    # "恶变", "后果会非常严重", "撑破血管": turning malignant, dire consequences, a vessel bursting
    # ("以后会不会恶变，需要复查超声来观察" is what the follow-up watches for)
    _rule(r"(?<!会不会)(?<!是否)(?<!是否会)(?<!有没有)恶变|后果[\u4e00-\u9fff]{0,4}严重|严重(?:的)?后果|(?:撑|胀|冲|涨)破(?:了)?(?:血管|动脉)"),
]

ZH += [
    _rule(r"侵犯|侵袭|(?:肾|肝|心)[\u4e00-\u9fff]{0,4}(?:严重受损|严重损伤)|(?:很快|马上|迟早)"
          r"(?:就)?(?:要|得|会)透析"),
]

ZH += [
    # "已经没有办法挽回", "卧床不起", "还有多少时间": no way back, a life in bed, time left
    _rule(r"(?<!有)(?:没有|没|无)(?:任何)?办法(?:挽回|救|逆转|治好|治愈)|挽回不了|没救|治不好|"
          r"卧床不起|长期卧床|(?:会|可能)瞎(?:掉)?|再也(?:站不起来|好不了|恢复不了)|时日无多|(?:很难|难以)治疗的(?:晚期|"
          r"恶性)"),
    _rule(r"会不会(?:瞎|失明|瘫|昏迷|猝死|衰竭|死)|瞎(?:掉|了)|会瞎|无法挽回|(?<!有)(?:没有|没|无)(?:任何)?办法(?:挽回|救|逆转)|不可逆|"
          r"还(?:有|剩)(?:多少|多久)(?:时间|日子)|(?:已经)?(?:造成|伤)了?多(?:少|大)"
          r"(?:损伤|损害|伤害)|随时(?:都)?(?:会|可能)(?:死|倒下|发作|中风|猝死|出事)",
          kinds=QUESTION),
]

# Round 7: an alarming degree, a trivial mishap with grave harm, no full recovery, organ damage
# named in a title, a stage or outlook tied to how high a value is.
ZH += [
    # "低得惊人", "高得吓人", "令人担忧": the degree itself frightens
    _rule(r"[高低]得(?:惊人|吓人|可怕|离谱|危险)|惊人地(?:高|低)|(?:高|低)(?:到|得)令人|"
          r"令人(?:震惊|恐惧|害怕|担忧|不安)|触目惊心",
          unless_modal=True),
    # "轻轻摔一跤就可能骨折", "哪怕一次小小的跌倒": a trivial mishap, grave harm
    # ("如果轻轻一碰就出血，请告诉医生" asks to report it)
    _rule(r"(?<!如果)(?<!要是)(?<!假如)(?:轻轻|稍微|稍稍|哪怕|即使|就算|即便|小小的?|轻微的?)"
          r"[\u4e00-\u9fff]{0,8}?(?:摔|跌|碰撞|碰一下|磕|咳嗽|打喷嚏|扭伤|扭到)[\u4e00-\u9fff]{0,12}?"
          r"(?:骨折|摔断|折断|断掉|大出血|内出血|出血不止|破裂)"),
    # "无法完全恢复", "影响余生": no full recovery, a life changed for good
    _rule(r"(?:无法|不能|没法|没能|难以)(?:再)?(?:完全|彻底)(?:恢复|康复)|(?:改变|影响)(?:您的|你的)?"
          r"(?:一生|余生|后半生)|彻底改变(?:您的|你的)?生活"),
    # organ damage named in a title: "血液检查发现心肌损伤" (not "心肌损伤标志物")
    _rule(r"心肌(?:损害|损伤|受损|坏死|梗死)(?!的?(?:标志|指标|标记|酶))|(?:脑|视网膜|视神经)(?:损害|损伤)",
          kinds=TITLE),
    # "数值越高往往说明病情越晚", "预后越差": a stage or outlook tied to a value
    _rule(r"病情越(?:晚|凶险|危险)|(?:分期|阶段)越晚|越(?:是)?晚期|预后越(?:差|不好)|"
          r"恶性程度越高|(?:转移|扩散)的?(?:可能|风险|机会)越大|越(?:可能)?已经(?:转移|扩散)"),
]

# Round 9: damage that grows unnoticed until it is serious, a vessel or the heart giving way
# suddenly, a catastrophe asked with "会不会" (whose "不会" the engine would read as a negation).
ZH += [
    # "心脏正在悄悄受损", "等到发现时已经很严重", "出了大事才发现": harm that stays hidden
    _rule(r"(?:悄悄|悄无声息|默默|不知不觉|无声无息)(?:地|中)?[\u4e00-\u9fff]{0,6}?(?:受损|损伤|损害|"
          r"恶化|破坏|侵蚀|进展|发展|加重)|无声(?:的)?(?:杀手|损害|损伤)|出了大事|"
          r"(?:等到|等|直到)[\u4e00-\u9fff]{0,4}发现(?:时|的时候|以后)?[\u4e00-\u9fff]{0,2}?"
          r"(?:已经|早已|就已|为时)[\u4e00-\u9fff]{0,2}?(?:晚了|太晚|很严重|严重|晚期|来不及)"),
    # a vessel or the heart giving way, suddenly or one day: "主动脉可能哪天突然破裂"
    _rule(r"(?:血管|动脉|动脉瘤|主动脉|脾脏?|心脏|囊肿)[^。；？！?]{0,12}(?:破裂|破掉|爆掉|爆裂|裂开|"
          r"撑破)|(?:突然|随时|哪天|某天|一下子|冷不丁)[\u4e00-\u9fff]{0,4}(?:破裂|破掉|爆掉|爆裂|"
          r"停跳|停止跳动|倒下)"),
    # asked with "会不会", "是不是", "有没有可能": a catastrophe ("会不会随时停跳", "会不会哪天
    # 突然破裂", "会不会要了我的命", "是不是有东西在侵蚀我的肠子")
    _rule(r"(?:会不会|是不是|能不能|有没有可能|会否)[\u4e00-\u9fff]{0,12}?(?:破裂|破掉|爆掉|爆裂|裂开|"
          r"停跳|停止跳动|骤停|猝死|衰竭|瞎|失明|瘫|昏迷|死|中风|脑出血|大出血|癌变|恶变|要(?:了)?"
          r"(?:我的|人的?)?命|没命|丧命|送命|出大事|侵蚀|吞噬|蚕食|烂掉|醒不(?:来|过来)|一睡不醒|"
          r"肿瘤(?!标志|指标|标记|因素)|恶性)",
          kinds=QUESTION),
]

ZH += [
    # "不治疗的话会导致失明": untreated, grave harm ("不" here is "if not treated", no negation)
    _rule(r"(?:不|不及时|没有|未|不去)(?:治疗|处理|管|控制|干预|重视)(?:的话)?[，,]?[\u4e00-\u9fff]{0,6}?"
          r"(?:会|将|就会|可能会)?(?:导致|引起|造成|发展成?|变成)[\u4e00-\u9fff]{0,4}(?:失明|瘫痪|衰竭|"
          r"死亡|截肢|中风|心梗|脑梗|癌|破裂|猝死|残疾)",
          unless_negated=False),
]

ZH += [
    # dying in one's sleep, said or asked: "一睡不醒", "醒不过来"; "万一是肿瘤呢？"
    _rule(r"一睡不醒|睡(?:过去|着)[\u4e00-\u9fff]{0,3}醒不(?:来|过来)|长眠不醒",
          kinds=STATEMENT | QUESTION, unless_negated=False),
    _rule(r"(?:万一|要是|假如)[^？?]{0,20}(?:肿瘤(?!标志|指标|标记|因素)|恶性|癌(?![胚抗标]))",
          kinds=QUESTION),
]

# Round 10: more catastrophes asked with "会不会" (spreading, the heart stopping, lasting harm)
ZH += [
    # "会不会已经扩散到全身了？", "会不会转移到别的地方？", "会不会哪天心跳就突然停了？", "会不会让
    # 大脑留下永久性损伤？"
    _rule(r"(?:会不会|是不是|有没有可能|会否)[\u4e00-\u9fff]{0,12}?(?:扩散|转移(?!酶)|蔓延|"
          r"心跳[\u4e00-\u9fff]{0,4}停|心脏[\u4e00-\u9fff]{0,4}停|永久|不可逆|晕倒|昏倒|失去意识)",
          kinds=QUESTION, unless_negated=False),
]

# Round 11: harm that is hard to undo or to stop, an organ losing its function, a threat to an
# organ, cancer or a brain bleed asked about
ZH += [
    # "肾脏一旦受损，往往很难再恢复过来", "难以控制的出血", "危及心脏", "肾脏一旦失去过滤功能，毒素
    # 就会在体内越积越多"
    _rule(r"(?:很难|难以)再?(?:恢复|逆转|挽回)|(?:难以|无法)控制的(?:大)?出血|出血(?:难以|无法)(?:控制|"
          r"止住)|止不住的?(?:出)?血|危及|(?:肾脏?|肝脏?|心脏|器官|大脑)[\u4e00-\u9fff]{0,6}(?:失去|"
          r"丧失)[\u4e00-\u9fff]{1,3}功能|毒素[\u4e00-\u9fff]{0,8}(?:堆积|越积越多|积聚|蓄积)"),
    # "这个结节会不会已经是癌了？", "会不会是很严重的癌症？", "我是不是随时都可能脑溢血？"
    _rule(r"(?:会不会|是不是|有没有可能|会否)[\u4e00-\u9fff]{0,8}?癌(?![胚抗标])|"
          r"随时(?:都)?(?:会|可能)(?:脑溢血|脑出血|心梗|心肌梗死|大出血|瘫|破裂|中风)",
          kinds=QUESTION),
]

# Round 13: the heart stopping named apart from "心脏": "心脏有骤停风险"
ZH += [
    _rule(r"骤停|心跳停止"),
]
