"""The certainty rules for Chinese cards: sure claims and predictions said outright, in the order
they apply (engine.py interleaves the categories); the course of a result over time is in
zh_course.py, applied after these."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _NOT_ZH, _NOT_ZH_WILL, _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

ZH = [
    _rule(_NOT_ZH + r"(?:一定会|肯定会|必然|必定|注定|肯定是|一定是)|百分之百|100%|完全是|"
          r"绝对(?!值)|毫无疑问|"
          + _NOT_ZH_WILL + r"(?:会|将)(?:越来越|逐渐)(?:差|严重|高|低|糟|坏)|"
          + _NOT_ZH_WILL + r"(?:会|将)(?:发展成|变成|演变为|导致|引起|得)|"
          r"将来(?:肯定|一定)?会(?!不会)|"
          r"明显是|很明显(?!地?(?:高|低|超|偏|升|降))|显然|毋庸置疑|必将|癌变",
          unless_negated=True),
    # ("可能会检查您是否有 ..." is no prediction)
    # ("会受到多种情况影响，包括……一些肿瘤" names causes, no course; "将来会不会患病" asks)
    # ("医生会根据囊肿大小告诉您" is the clinician's step)
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!会不)(?<!是不)(?<!医生)(?<!医师)"
          r"(?<!大夫)(?:会|将会|将)(?!受|被|来|不会|根据|结合|参考)"
          r"(?:得|患上?|发生|出现|发展为|变成)?"
          r"(?![^。；？！?]{0,20}(?:是否|有没有|是不是))",
          "predicts a disease", condition_after=True, gap=-1),
    _rule(r"终身|一辈子|这辈子|永远(?:不会|无法)|再也"),
    _rule(r"迟早|八成|多半|十有八九|百分百|板上钉钉|我保证|(?:用不了|不出|过不了)(?:几|两|三|\d+)"
          r"(?:年|个月)"),
    _rule(r"(?:您|你)(?:将|会|以后会|将来会)(?:需要|得|有|出现|发展|变得|失去)",
          "predicts the future"),
    _rule(r"只可能|没有别的可能|不可能是别的|" + _NOT_ZH + r"一定是",
          "is certain"),
    _rule(r"肯定没有|肯定不是|绝不是|绝对不是|绝对没有",
          "is certain"),
    # "肯定能恢复正常", "保证能降下来": a promised outcome
    _rule(_NOT_ZH + r"(?:肯定|一定|绝对|保证|必然)(?:能|可以)|只是时间问题|不可避免|"
          r"无法避免|避免不了|躲不过|逃不掉|跑不了|不可逆转|无法逆转|绝不会|绝对不会|决不会|"
          # "以后肯定不会变成恶性的": a sure negative prediction
          r"(?<!不)(?<!未)(?:肯定|一定|必然|保证)不会",
          unless_negated=True),
    # a later test said to settle it in advance: "复查会证实是良性的"
    _rule(r"(?:会|将会|将|一定能|肯定能)(?:证实|证明|确认)(?!是否|有没有|是不是|一下)|"
          + _NOT_ZH + r"(?<!无法)(?<!不能)(?<!没)(?<!以)确定(?:为|是|了)(?!否|不是|什么|哪)|"
          r"可以(?:确定|肯定)(?:的是|地说)",
          "is certain", unless_uncertain=True),
    # the question takes the bad course as given: "什么时候会变成糖尿病？", "反正会越来越高"
    _rule(r"(?:什么时候|多久|多少年|几年|为什么|何时|哪一年)(?:(?!可能|是否|会不会|有没有)[^？?，,]){0,12}"
          r"(?:会|将|就会|才会)(?:发展成|变成|演变为|导致|引起|得|需要透析|需要换肾|恶化|癌变|衰竭|"
          r"越来越)|(?:既然|反正|横竖|无论如何|不管怎样)[^，,。？?]{0,15}(?:都|也)?(?:会|将)(?:一直|持续|"
          r"不断|还)?(?:继续|"
          r"越来越|发展|变成|得|恶化|升高|下降|需要)|(?:既然|反正|横竖)[^，,。？?]{0,12}?(?:必然|必定|"
          r"肯定|一定|注定|迟早|早晚|终归|总归)",
          "takes a bad course as certain", kinds=ALL),
    # "会一年比一年差", "以后不会再长大": a steady or a negative course told as fact
    _rule(_NOT_ZH_WILL + r"(?<!是否)(?<!可能)(?<!也许)(?<!或许)"
          r"(?:会|将)(?:一年比一年|一天比一天|逐年|不断|持续|继续|一直)(?:地)?"
          r"(?:变)?(?:差|坏|严重|升高|降低|下降|恶化|加重|增大|长大|变大|高|低|多|少|重|大)|"
          r"(?<!一定)(?<!未必)(?<!不见得)"
          # "以后也不会发生恶变" ("会不会恶变" asks it)
          r"(?<!会)(?<!是否)不会(?:再)?(?:发生)?(?:长大|变大|增大|恶化|癌变|恶变|加重|变成恶性|复发|"
          r"反弹|长出来|发作)",
          "predicts the future", unless_hedged=True, unless_uncertain=True),
    # "三个月内可恢复正常", "很快就会降下来": a time frame or a soon promised for a result
    # ("能否在几个月内降到正常因人而异" asks it)
    _rule(r"(?<!能否)(?<!能否在)(?<!是否)(?<!是否在)"
          r"(?:(?:\d+|[一二两三四五六七八九十半几]+)(?:个)?(?:天|周|星期|月|年)(?:之内|以内|内|后|左右)?|"
          r"很快|不久|马上|用不了多久|过一阵子?|过段时间|"
          # "复查时就会完全正常": the next result told in advance
          r"(?:复查|复检|再查|下次检查|到时候|到那时)(?:时|的时候)?)(?:就|便|即)?(?:会|能|可|将|可以|就能|"
          r"一定|肯定)?(?:完全|自行|自己)?(?:恢复正常|恢复|降下来|降到正常|回到正常|回落|正常|消失|好转|"
          r"痊愈|转阴|治愈|降下去|变正常|好了)",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
    # "我的肾功能要多久才会彻底恢复？": a full recovery taken as given
    _rule(r"(?:什么时候|多久|多长时间|几年|几个月|何时)[^？?，,。]{0,6}?(?:才|就)?(?:会|能|可以|可)"
          r"(?:彻底|完全|完完全全|百分之百)(?:地)?(?:恢复|好|正常|消失|痊愈|治愈|降下来)",
          "takes a full recovery as certain", kinds=ALL),
    # "我的肾功能多久以后一定会恢复正常？": the question takes the course as certain ("几年后一定会
    # 恢复吗？" asks whether it is)
    _rule(r"(?:什么时候|多久|多长时间|几年|几个月|何时|哪一年)[^？?，,。]{0,10}?(?<!不)(?:一定|肯定|"
          r"必然|必定|注定|保证)(?:会|能|要|可以)(?![^？?，,。]*[吗么])",
          "takes a course as certain", kinds=ALL),
    # "三个月后血脂一定恢复正常", "它会在半年的时间慢慢变成正常的": a result's return to normal told
    # as sure or as what will happen ("可能会恢复正常", "不一定会恢复" leave it open)
    _rule(_NOT_ZH + r"(?:一定|肯定|必然|必定|保证|注定)(?:会|能|可以|将)?"
          r"(?:完全|自行|自己|慢慢|逐渐)?"
          r"(?:恢复|降下来|降到正常|回到正常|回落|变正常|变成正常|正常|消失|好转|痊愈|转阴|好起来)|"
          + _NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?<!会不)(?:会|将会|将)"
          r"(?:(?!可能|是否|不)[^。，,；？！?]){0,12}?"
          r"(?:恢复正常|变成正常|变正常|回到正常|降到正常|回落到正常|正常的|自行消失|自己消失|好起来|"
          r"降下来)(?![^。？?]*[吗么])",
          "promises a result's course", unless_modal=True, unless_uncertain=True,
          unless_hedged=True),
    # "等复查时结果恢复正常以后，我还需要再查吗？": the question takes the return to normal as given
    # ("如果 ... 恢复正常" asks what happens if it does)
    _rule(r"(?<!如果)(?<!假如)(?<!要是)等(?:到)?(?:(?!如果|是否|能否|会不会)[^。，,；？！?]){0,14}?"
          r"(?:恢复正常|变正常|正常了|降下来|回到正常|消失|好了)(?:以后|之后|后)",
          "takes a course as certain", kinds=QUESTION),
    # "窦性心动过缓总是会慢慢加重", "肝功能最终都会出现异常", "会随着时间慢慢加重": a course
    # told as what always or in the end happens
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?:总是|总会|终究|终将|最终|最后|总有一天|随着时间的?推移?)"
          r"(?:都|也|还是|一定|肯定)?(?:会|要|将)|" + _NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)"
          r"(?:会|将)(?:随着|随)(?:时间|年龄)(?:的推移)?(?:的增长)?(?:而)?(?:慢慢|逐渐|不断)?"
          r"(?:加重|恶化|变差|升高|降低|下降|长大|变大|增大|发展|进展)",
          "predicts the future", unless_uncertain=True, unless_hedged=True),
    # "既然肾囊肿会一直长大", "PSA下个月肯定会降下来吧？": the question takes the course as given
    # ("一定会降下来吗？" asks whether it is)
    _rule(r"既然[^，,。？?]{0,15}?(?:会|将)(?:自己|自行|慢慢|逐渐)?(?:恢复|好转|消失|消掉|消退|吸收|转阴|降下来|"
          r"正常|一直|持续|不断|继续|越来越|逐渐|慢慢|长大|变大|增大|加重|"
          r"恶化|进展)|(?:一定|肯定|必然|绝对|保证)(?:会|能|要)[^，,。？?吗么]{0,12}(?:吧|对吧|是吧|"
          r"没错吧|对不对|是不是)[？?]|"
          # "多久会降到正常？", "等尿酸变成痛风以后，…？"
          r"(?:多久|多长时间|什么时候|何时|几个月)(?:以后|之后)?(?:就|才)?(?:会|将)(?:完全|自行|慢慢)?"
          r"(?:恢复正常|降到正常|回到正常|变正常|降下来|消失|正常)|"
          r"(?<!如果)(?<!假如)(?<!要是)等(?:到)?(?:(?!如果|是否|会不会)[^。，,；？?]){0,12}?"
          r"(?:变成|发展成|发展为|转成|演变成)[^。，,；？?]{1,8}(?:以后|之后|后|的时候|时)",
          "takes a course as certain", kinds=QUESTION),
]
