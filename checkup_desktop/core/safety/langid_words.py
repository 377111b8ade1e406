"""The word lists the language check (langid.py) weighs: the commonest function words of
each language it tells apart, and the letters and endings only one of them writes."""

from __future__ import annotations

import re

# The commonest function words (and a few words card text is made of) of each language.
WORDS = {
    "en": """the a an and or of to in on at for with from by is are was were be been being it
        its this that these those there their they them you your yours we our my me i he she
        his her not no can could may might will would should must do does did have has had
        what which who when where why how if than then so but as about above below over under
        more most less very some any other such also only just after before between result
        results range test tests level levels value values high low raised above below sign
        mean means doctor clinician ask whether again repeat check blood report printed your
        outside usual common often many things need needed should cholesterol sugar
        kidney liver thyroid heart""",
    "es": """el la los las un una unos unas y o de del al a en con por para sin sobre entre es
        son está están estar ser fue era hay que qué como cómo cuando cuándo donde dónde porque
        pero si sí no muy más menos mi mis su sus tu tus usted ustedes le les lo se nos este
        esta estos estas ese esa eso ya también puede pueden debe deben hace hacer tiene tener
        rango resultado resultados valor valores encima debajo alto alta bajo baja análisis
        médico médica prueba pruebas cita repetir sangre nivel niveles informe algún alguna
        glucosa colesterol triglicéridos hemoglobina plaquetas glóbulos azúcar hierro está""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder von zu zum zur
        im in an am auf mit für aus bei nach über unter ist sind war waren sein wird werden
        hat haben es sie ihr ihre ihren ihrem ich mich mir wir uns nicht kein keine keinen
        auch nur noch schon sehr wie was wer wann wo warum wenn ob dass aber als bis durch
        kann können soll sollte muss müssen bereich wert werte ergebnis ergebnisse erhöht
        arzt ärztin test tests kontrolle blut befund einige etwas weitere nötig
        blutzucker cholesterin eisen wert niedrig hoch""",
    "fr": """le la les un une des et ou de du au aux à en dans sur sous pour par avec sans est
        sont être était ce cet cette ces il elle ils elles vous votre vos nous notre je mon ma
        mes ne pas plus moins très que qui quoi quand comment pourquoi si mais aussi faut peut
        doit taux valeur valeurs résultat résultats normale dessus dessous analyse médecin
        cholestérol glycémie élevé élevée bas basse""",
    "it": """il lo la i gli le un uno una e o di del della dei delle da dal nel nella con per su
        è sono essere era questo questa questi quello non più meno molto che chi come quando
        perché se ma anche suo sua suoi vostro valore valori risultato sopra sotto intervallo
        medico esame referto livello colesterolo glicemia emoglobina globuli bianchi rossi
        esami alto alta basso bassa elevato elevata controllo consigliato consigliata
        consigliamo raccomandato raccomandata ripetere""",
    "pt": """o a os as um uma uns umas e ou de do da dos das em no na nos nas com por para sem é
        são está estão ser foi era isso isto este esta não mais menos muito que quem como
        quando porque se mas também seu sua seus suas você valor valores resultado acima abaixo
        referência exame exames
        intervalo médico exame nível""",
    # Scots: words English does not write (a model may slip into it on an English card)
    "sco": """wis bluid heich ye yer shuid hae aboot whit tae dae neist blether ken cannae dinnae
        disnae isnae wasnae gonnae wee bairn richt nicht oot hoo noo awfy mebbe aye sair sae wi
        haein frae didnae wouldnae couldnae doon hame kent gie gied yin twa muckle lang auld verra
        awricht mair tak whaur whan""",
    "nl": """de het een en of van in op aan met voor uit bij naar over onder is zijn was waren
        wordt worden heeft hebben u uw je jij wij we ons niet geen ook nog al zeer hoe wat wie
        wanneer waar waarom als dat dit deze die maar dan kan kunnen moet moeten waarde
        resultaat boven onder bereik normaal arts te hoog laag bloed suiker""",
}
SETS = {lang: set(words.split()) for lang, words in WORDS.items()}
# letters and endings that point to one language
CUES = {
    "es": re.compile(r"[ñ¿¡]|ción\b|ciones\b|mente\b|[áíóú]\w"),
    "de": re.compile(r"ß|[äöü]|ung\b|ungen\b|keit\b|lich\b|sch"),
    "fr": re.compile(r"[èêçœàù]|é[es]?\b|\b[ldjcnsqu]'|eux\b|aux\b|ique\b"),
    "it": re.compile(r"zion[ei]\b|\b(?:gli|della|dello|nell)\b|[ìò]"),
    "pt": re.compile(r"[ãõêô]|ção\b|ções\b|\bnão\b"),
    "nl": re.compile(r"ij|\bhet\b|oo|ee[rn]?\b"),
    "en": re.compile(r"\b\w+(?:ing|ed|ly)\b|\bth\w+"),
}

# everyday words a slip scatters that the function-word lists leave out
SCATTER_EXTRA = {"en": set("""please slightly doctor ask recheck recommended advised
                            appointment""".split()),
                  "es": set("""poco favor ligeramente consulte recomendado recomendada
                            recomendable elevado elevada consultar comentar""".split()),
                  # a report title's verdict words ("Blutbild: Kontrolle empfohlen")
                  "de": set("""bitte leicht etwas zeitnah nächstes nächsten jahr
                            ultraschall empfohlen empfehlung empfehlenswert erniedrigt
                            auffällig unauffällig blutbild wiederholen besprechen""".split())}
# everyday words that are never a test name: one of them on a Chinese card is a slip
ZH_SLIP_WORDS = {"en": set("""please recheck retest doctor normal slightly repeat soon ask
                            discuss appointment high low raised elevated fine okay""".split()),
                  "es": set("""por favor consulte médico médica ligeramente repetir elevado
                            elevada normales""".split()),
                  "de": set("""bitte leicht erhöht ärztin arzt wiederholen kontrolle
                            empfohlen""".split())}
