"""The certainty rules for Chinese cards about the course of a result over time: a worsening,
no change, a return to normal or a growth told as fact or taken as given in a question, a bad
event or a need dated, everyone's course passed on to the person. Applied after zh.py."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _NOT_ZH, _NOT_ZH_WILL, _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

# Round 7: a worsening taken as given in a clause of time, a bad event named as the asker's future.
ZH_COURSE = [
    # "等明年血压再升高的时候，…？": the question takes the worsening as given ("如果" asks it)
    _rule(r"(?<!如果)(?<!假如)(?<!要是)等(?:到)?(?:(?!如果|是否|能否|会不会)[^。，,；？?]){0,12}?"
          r"(?:再|进一步|继续|更)(?:升高|上升|增高|加重|恶化|变差|下降|降低|高|低)[^。，,；？?]{0,4}?"
          r"(?:了|的时候|时|以后|之后|后)",
          "takes a bad course as certain", kinds=QUESTION),
    # "以后会发生的髋部骨折", "将来会得的糖尿病": a bad event named as the asker's certain future
    _rule(r"(?<!可能)(?<!会不)(?:以后|将来|今后|迟早|早晚|未来|一定|肯定)?(?:会|将|要)(?:得|发生|"
          r"出现|患上?|需要|做)的[\u4e00-\u9fff]{0,6}?(?:骨折|糖尿病|心梗|心肌梗死|中风|脑梗|透析|"
          r"并发症|痛风|癌|衰竭|失明|截肢)",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 9: no change told as fact, a return to normal "as time goes on", a rate of decline, what
# happens a number of years from now, what everyone with such a result ends up with.
ZH_COURSE += [
    # "以后基本不会再有什么变化" ("会不会有变化", "是否会有变化" ask it)
    # ("空腹不会改变这个指标" is about the test: "改变" takes no object here)
    _rule(r"(?<!会)(?<!是否)(?<!一定)(?<!未必)(?<!不见得)不会(?:再)?(?:有)?(?:什么|任何|太大|多大|"
          r"明显)?(?:的)?(?:变化|改变|进展)(?!您|你|医生|结果|判断|建议|计划|用药|治疗|这|那|检查|数值|"
          r"指标)",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # "会随着身体自我调整慢慢转阴", "会以大约1%的速度继续下降": the course, with words between
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?<!会不)(?<!医生)(?<!大夫)"
          r"(?:会|将会|将)(?!不)(?:(?!可能|是否|不|如果|医生|有没有|能否|看|查|判断|评估|确认)"
          r"[^。，,；？！?]){0,14}?(?:转阴|消失|消退|好转|痊愈|"
          r"恢复(?!情况|程度|时间|期|的)|(?:继续|持续|不断|逐年|进一步|一直)(?:地)?(?:下降|降低|"
          r"减少|流失|升高|上升|增加|增大|长大|恶化|加重|变差|缩小|变薄))(?![^。？?]*[吗么])|"
          r"每年(?:都)?(?:会|将)?(?:下降|减少|降低|流失|升高|增加|丢失)(?:大约|约|大概|差不多)?\d",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # "几年后就会完全丧失", "三年内会出现": what happens a number of years from now ("三个月后
    # 会再复查" is a plan; "几年后会恢复吗？" asks it)
    _rule(r"(?:[几一二两三四五六七八九十半\d]+)(?:个)?(?:年|月)(?:后|以后|之后|之内|以内|内)"
          r"(?:就|便|肯定|一定|基本)?(?:会|将|要|得)(?!不)(?:完全|彻底|逐渐|慢慢|基本)?(?:丧失|失去|"
          r"失明|失聪|耳聋|瞎|出现|发展|变成|需要|得|患上?|恶化|加重|衰竭|下降|升高|降低|消失|恢复|"
          r"转阴|好转|痊愈|骨折)(?![^。？?]*[吗么])|"
          + _NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?:会|将)(?:完全|彻底)"
          r"(?:丧失|失去|"
          r"失明|失聪|坏掉)(?![^。？?]*[吗么])|"
          # "最迟五年内就要做手术" ("最迟三个月内要复查" is advice)
          r"(?:最迟|最晚)[\u4e00-\u9fff\d]{0,6}?(?:年|个月|月)(?:内|之内|以内|后)?(?:就)?(?:会|要|得|将|"
          r"需要)(?!复查|再查|检查|随访|复诊|评估|来|去)",
          "predicts the future", kinds=ALL, unless_modal=True, unless_uncertain=True),
    # "眼压偏高的人，最后视野都会一点点缩小", "骨密度低的人，早晚都会骨折": everyone with such a
    # result, in the end ("都会被建议复查" is advice; "很多 ... 都不会" is general)
    _rule(r"(?:最终|最后|到头来|早晚|迟早)[\u4e00-\u9fff]{0,8}?都(?:会|将)(?!不|被)|"
          # ("做这项检查的人都会拿到报告" is no course: only a bad one counts)
          r"(?:的人|患者|病人|人群)[，,]?[\u4e00-\u9fff]{0,10}?(?<!不)都(?:会|将)[\u4e00-\u9fff]{0,6}?"
          r"(?:得|患|出现|发展|变成|恶化|加重|下降|升高|缩小|骨折|失明|衰竭|透析|中风|心梗|长大|变大|"
          r"癌变|丧失)",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # "还要多久会差到需要戴助听器？": the question takes the worsening as given
    _rule(r"(?:多久|几年|什么时候|何时|多长时间)[^？?，,。]{0,8}?(?:会|就会|才会)?(?:差|坏|严重|大|"
          r"低|高|重)到(?:需要|要|得|必须|不得不|看不见|听不见|看不清|听不清|失明|瞎|走不了|不能)",
          "takes a bad course as certain", kinds=QUESTION),
]

ZH_COURSE += [
    # "您的转氨酶肯定就降回去了": a sure adverb on a result's course
    _rule(_NOT_ZH + r"(?:肯定|一定|必然|必定|保证)(?:就|都|也|还)?(?:会|能|可以|将)?"
          r"(?:完全|自行|自己|"
          r"慢慢|逐渐)?(?:降回|回落|降下|恢复|正常|好转|消失|转阴|好了|没事|回到)",
          "predicts the future", unless_uncertain=True),
]

# Round 10: a sure course stated in a question's first clause, a course "with age", a state
# said to last, a finding said to be absorbed.
ZH_COURSE += [
    # "这个结节以后肯定会慢慢变大，到时候是不是就得开刀？", "骨密度以后只会一年比一年差，是不是…？",
    # "反正会自己慢慢消下去，那…？": the question takes the course as given ("一定会变大吗？"
    # asks it)
    # ("一定要空腹，对吗？" asks about getting ready; "医生一定会..." is the clinician's step)
    _rule(_NOT_ZH + r"(?<!医生)(?<!大夫)(?:(?:肯定|一定|必然|注定|必定|反正|迟早|早晚)"
          r"(?:还|都|也|就)?(?:不)?(?:再)?(?:会|将)|只会|总会)[^，,。；？?吗么呢]{0,14}[，,]",
          "takes a course as certain", kinds=QUESTION),
    # "会随着年龄增长逐渐变大", "会随着年龄一年比一年明显": a course with age told as fact
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?:会|将)(?:随着|随)(?:时间|年龄|"
          r"年纪)[\u4e00-\u9fff]{0,4}?(?:逐渐|慢慢|越来越|一年比一年|不断|逐年)(?:地)?"
          r"[\u4e00-\u9fff]{0,3}?(?:变大|长大|增大|加重|恶化|变差|明显|严重|升高|降低|下降|变窄|"
          r"硬化)",
          "predicts the future", unless_uncertain=True, unless_hedged=True),
    # a state said to last: "会一直伴随您", "会一直偏高", "会一直保持这个大小", "以后每次体检都会是
    # 这个样子"
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!是否)(?<!会不)(?:会|将)(?:一直|永远|终身|一辈子|始终)"
          r"(?:都)?(?:伴随|跟随|陪伴|跟着|存在|保持|偏高|偏低|这样|这么|是这样)(?![^。？?]*[吗么])|"
          r"以后(?:每次|每年|一直)[\u4e00-\u9fff]{0,8}?都(?:会|将)(?:是|这样|偏|高|低)",
          "predicts the future", kinds=ALL, unless_uncertain=True, unless_hedged=True),
    # "卵巢囊肿会在下一个周期自行吸收" ("会影响铁的吸收" is about absorption of food)
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?:会|将)(?:(?!可能|是否|不|如果|"
          r"医生)[^。，,；？！?]){0,12}?(?:自行|自己|慢慢|逐渐)(?:地)?(?:吸收|消退|消下去|消掉|缩小)"
          r"(?![^。？?]*[吗么])",
          "predicts the future", unless_uncertain=True, unless_hedged=True),
]

ZH_COURSE += [
    # "这个结节要多少年会长大一倍？", "骨密度会以多快的速度继续下降？": the question takes the
    # growth or the decline as coming
    _rule(r"(?:什么时候|多久|多少年|几年|何时|哪一年)(?:(?!可能|是否|会不会|有没有)[^？?，,]){0,8}"
          r"(?:会|将|就会|才会)(?:长大|变大|增大|翻倍|长到|需要(?:透析|手术|开刀|换肾|助听器|胰岛素))|"
          r"(?:多快|多大)的?(?:速度|幅度)[^？?，,]{0,6}(?:继续|持续|进一步|不断)(?:下降|降低|升高|"
          r"上升|变大|长大|恶化|流失)",
          "takes a bad course as certain", kinds=QUESTION),
]

ZH_COURSE += [
    # "您的视力在接下来几年会慢慢变差", "会渐渐变弱": a slow course told as fact
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?<!会不)(?:会|将)(?:慢慢|逐渐|"
          r"渐渐|一点点|一步步|一步一步|逐步|日益)(?:地)?(?:变)?(?:差|坏|严重|高|低|大|糟|弱|窄|硬|恶化|加重|"
          r"长大|增大|增多|下降|降低|升高|减退|减少|流失|萎缩)"
          r"(?![^。？?]*[吗么])",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
]

# Round 11: a self-resolution "by itself" told as fact or taken as given in a question, a need
# reached some years from now.
ZH_COURSE += [
    # "过几个月就会自己回升", "会随着排尿自己排出来", "自然会降下来" ("会不会自己消失？",
    # "会自己消失吗？" ask it)
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?<!会不)(?:会|将)"
          r"(?:(?!可能|是否|不|如果|医生)[^。，,；？！?]){0,12}?(?:自己|自行|自然|自动)(?:地)?(?:就)?(?:回升|回落|排出|排掉|"
          r"降下来|降下去|降回|升上来|消失|消退|好转|恢复|正常|好了|掉|回到|回归|降到|恢复到)"
          r"(?![^。，,；？?]*[吗么])|"
          r"(?<!可能)(?:自己|自行|自然|自动)(?:就)?(?:会|能)(?:慢慢|逐渐)?(?:回升|回落|排出|降下来|降下去|"
          r"降回|消失|消退|好转|恢复|正常|回到|回归|降到)(?![^。，,；？?]*[吗么])",
          "predicts the future", kinds=ALL, unless_hedged=True, unless_uncertain=True),
    # "等胆固醇降下来、斑块自然消退之后，还需要…？": the question takes the self-resolution as
    # given
    _rule(r"(?<!如果)(?<!假如)(?<!要是)等(?:到)?(?:(?!如果|是否|能否|会不会)[^。，,；？?]){0,16}?"
          r"(?:自己|自行|自然|慢慢)(?:地)?(?:消退|消失|降下来|回落|恢复正常|吸收|排出来?)(?:了)?"
          r"(?:以后|之后|后)",
          "takes a course as certain", kinds=ALL),
    # "大概几年后会走到透析这一步？", "几岁会发展到要打胰岛素？"
    _rule(r"(?:什么时候|多久|多少年|几年(?:后|以后)?|何时|哪一年|几岁)(?:(?!可能|是否|会不会|有没有)"
          r"[^？?，,]){0,8}(?:会|将|就会|才会)(?:走到|到|发展到|进展到|需要|要|得)[^？?，,]{0,6}?"
          r"(?:透析|换肾|胰岛素|手术|开刀|失明|骨折|糖尿病|肝硬化|癌|衰竭)",
          "takes a bad course as certain", kinds=QUESTION),
]

# "我大概什么时候会发生心梗？", "距离我需要开始透析，大概还有几年时间？": the question dates a
# bad event that it takes as coming
ZH_COURSE += [
    _rule(r"(?:什么时候|多久|几年(?:后|以后)?|何时|几岁)(?:(?!可能|是否|会不会|有没有)[^？?，,]){0,8}"
          r"(?:会|将|就会)(?:发生|出现|患上|得上)[^？?，,]{0,4}?(?:心梗|心肌梗死|中风|脑梗|卒中|"
          r"透析|失明|骨折|糖尿病|肝硬化|癌|衰竭)|"
          r"距离?(?:我)?(?:需要|要|得|必须)?(?:开始)?(?:透析|换肾|打胰岛素|手术|失明)[^？?]{0,10}"
          r"(?:还有|还剩|剩)(?:多久|几年|多少)",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 13: a need dated in a question ("还要几年就要开始透析？"), a course taken as given in a
# clause of time ("以后发展成糖尿病的时候"), a steady course as the question's premise.
ZH_COURSE += [
    # "大概还有几年就要开始透析？", "再过多久就得打胰岛素？" ("还要几天才能拿到报告" is the lab)
    _rule(r"(?:还有|还要|再过|还剩)(?:多久|几年|多少年|几个月)[^？?，,]{0,8}?(?:就|才)?(?:要|得|会|需要|"
          r"必须)(?:开始)?[^？?，,]{0,4}?(?:透析|换肾|胰岛素|手术|开刀|失明|骨折|糖尿病|肝硬化|衰竭)",
          "takes a bad course as certain", kinds=QUESTION),
    # "我的血糖以后发展成糖尿病的时候，…？", "等脂肪肝将来变成肝硬化以后": a clause of time
    # takes the disease as coming ("如果以后发展成…" asks what happens if it does)
    _rule(r"(?:^|(?<=[，,。；？?]))(?:(?!如果|万一|假如|要是|是否|会不会|可能|能否|有没有)[^，,。；？?]){0,10}"
          r"(?:以后|将来|今后|日后|到时候)(?:(?!如果|万一|假如|要是|是否|会不会|可能|能否)[^，,。；？?]){0,6}?"
          r"(?:发展成|变成|发展到|进展到|进展成|演变成|演变为)[^，,。；？?]{0,10}?(?:的时候|时|以后|之后)",
          "takes a bad course as certain", kinds=ALL),
    # "我的尿酸以后会一年比一年高，要不要…？": the question's premise is the course
    # ("会不会一年比一年高？" asks it)
    _rule(r"(?:^|(?<=[，,。；？?]))(?:(?!如果|万一|假如|要是|是否|会不会|可能|能否)[^，,。；？?])*?"
          r"(?<!不)(?<!一定)(?:会|将)(?:一年比一年|逐年|越来越|不断|持续|慢慢|逐渐|一步步)"
          r"[^，,。；？?吗么呢]{1,6}[，,]",
          "takes a bad course as certain", kinds=QUESTION),
    # "病毒已经被彻底清除，以后也不会再复发，但仍请…": a return ruled out (the "但" that follows
    # keeps the check, not a doubt; "一般不会再复发" is general)
    _rule(_NOT_ZH_WILL + r"(?<!是否)(?<!会)(?<!可能)(?:以后|将来|今后|日后)?(?:也|都)?"
          r"不会再(?:复发|反弹|长出来|发作)(?![^。？?]*[吗么])",
          "predicts the future", unless_uncertain=True),
]

# Round 14: a finding said to keep growing ("以后会一直慢慢长大"), in any kind of text ("可能会"
# leaves it open), and everyone's course passed on to this person ("您的也会这样").
ZH_COURSE += [
    _rule(r"(?:^|(?<=[，,。；？?]))(?:(?!如果|万一|假如|要是|是否|会不会|可能|也许|或许)[^，,。；？?])*?"
          r"(?<!不)(?:以后|将来|今后|未来)?会一直(?:慢慢|逐渐|缓慢|不断)?地?"
          r"(?:长大|变大|增大|升高|上升|增加|恶化|加重|下降|降低|减退|进展|发展)"
          r"(?![^，,。；？?]*[吗么])",
          "predicts the future", kinds=ALL, unless_modal=True, unless_uncertain=True),
    _rule(r"(?<!是否)(?:您|你)的也会(?:这样|如此|一样|恢复|好转|降下来|正常|自行)|(?:您|你)也会(?:这样|一样)(?!吗)",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
]
