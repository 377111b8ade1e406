"""The alarm rules for Chinese cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION

ZH = [
    _rule(r"致命|危及生命|死亡|(?<!不)死|绝症|晚期|心脏(?:骤停|停跳|突然停|衰竭)|猝死|昏迷|抽搐|"
          r"癫痫|大出血|流血不止|(?<!良)恶性|癌(?![胚抗标])(?![症]?(?:筛查|早筛|普查|早期筛))|危险(?:的|水平)|有生命危险|白血病|"
          r"淋巴瘤|骨髓瘤|肉瘤|衰竭|缺氧|扩散|转移(?!酶)|脑水肿|水肿|中风|脑梗|心梗|猝"),
    _rule(r"失明|纤维化|瘫痪"),
    _rule(r"随时(?!间|都?可以|联系|咨询|预约|就诊|就医|复查|告诉|询问)|晕倒|昏倒|休克|危险地|极其危险"),
    _rule(r"脑出血|内出血|颅内出血|脑溢血|突发|猝然"),
    _rule(r"蔓延|扩散到|中毒"),
    _rule(r"出大问题|大麻烦|严重问题"),
    _rule(r"可怕|很严重的病|坏东西|不好的病"),
    _rule(r"脑瘤|(?<![非无])肿瘤(?!标志|指标|标记|因素)",
          unless_modal=True),
    # an organ or nerve damaged now or stopping; a loss that cannot be undone
    _rule(r"(?:正在|已经|严重|永久性?)受损|(?:心脏|心跳|肾脏?|肝脏?|大脑|肺|器官|神经|血管|动脉|"
          r"动脉瘤)"
          r"[\u4e00-\u9fff]{0,6}(?:停止跳动|停止工作|罢工|失去功能|丧失功能|破裂)|"
          r"永久(?:性)?(?:丧失|失明|损伤|损害|失去)|(?:视力|视觉|肾功能)[\u4e00-\u9fff]{0,4}丧失|"
          r"丧失视力|失去视力|不可逆|无法(?:挽回|逆转|恢复)|来不及|为时已晚|截肢"),
    # asking about death, an organ failing or how long is left
    _rule(r"(?<!不)死|衰竭|猝死|停跳|骤停|昏迷|瘫痪|失明|还能活|还有多久(?![能可才出拿到取])|来不及|太晚|晚期|"
          r"有生命危险|危及生命",
          kinds=QUESTION),
    _rule(r"扩散|转移(?!酶)|(?<!良)恶性",
          kinds=QUESTION, unless_choice=True),
]

ZH += [
    # "恶变", "后果会非常严重", "撑破血管": turning malignant, dire consequences, a vessel bursting
    _rule(r"恶变|后果[\u4e00-\u9fff]{0,4}严重|严重(?:的)?后果|(?:撑|胀|冲|涨)破(?:了)?(?:血管|动脉)"),
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
