"""Small hand-made passage texts for the annotation tests (no Qt).

Test strings only, paraphrasing the declaration: not the official wording.
"""

from __future__ import annotations

EN9 = ("The Union of Soviet Socialist Republics, desiring to meet the wishes of Japan and "
       "taking into consideration the interests of the Japanese State, agrees to transfer "
       "to Japan the Habomai Islands and the island of Shikotan.\n\n"
       "The actual transfer of these islands to Japan shall take place after the conclusion "
       "of a Peace Treaty.")
RU9 = ("Союз Советских Социалистических Республик, идя навстречу пожеланиям Японии и "
       "учитывая интересы японского государства, соглашается на передачу Японии островов "
       "Хабомаи и острова Шикотан.")
JA9 = ("ソヴィエト社会主義共和国連邦は、日本国の要望にこたえかつ日本国の利益を考慮して、"
       "歯舞群島及び色丹島を日本国に引き渡すことに同意する。")
EN1 = ("The state of war between the Union of Soviet Socialist Republics and Japan shall "
       "cease on the date on which this Declaration enters into force.")


def make_texts() -> dict[tuple[str, str], str]:
    return {("en", "art-9"): EN9, ("ru", "art-9"): RU9, ("ja", "art-9"): JA9,
            ("en", "art-1"): EN1}
