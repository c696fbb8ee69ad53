"""The team's glossary in machine translation: a provider's own rendering of a name is replaced by the
glossary's English, online, from the cache and offline, and a glossary change needs no new request."""

from __future__ import annotations

from desktop.core.library.glossary import Terms
from desktop.core.library.records import GlossaryEntry
from desktop.core.translate import ProviderConfig, Translator

SENTENCE = "李睿德说，商圈办今年新增就业1.2万人。"
PROVIDER_ENGLISH = "Li Ruide said the Shangquan Office added 12,000 jobs this year."
TERMS = Terms(
    [
        GlossaryEntry("李睿德", "Brad Little", "person"),
        GlossaryEntry("商圈辦", "Business District Office", "organization"),
    ]
)


def google(cache, terms, online=True):
    return Translator(ProviderConfig("google", timeout=5.0), cache, online=online, sleep=lambda s: None, terms=terms)


def test_the_providers_rendering_of_a_glossary_name_is_replaced(fake, cache):
    fake.dictionary[SENTENCE] = PROVIDER_ENGLISH
    got = google(cache, TERMS).translate_sentences([SENTENCE])[SENTENCE]
    assert got.origin == "online"
    assert got.english == "Brad Little said the Business District Office added 12,000 jobs this year."
    assert got.figures_ok  # the figure check reads the English the reader sees
    # The cache keeps what the provider sent; the glossary applies when it is read.
    assert cache.get(SENTENCE, provider="google") == PROVIDER_ENGLISH


def test_without_the_glossary_the_provider_rendering_stands(fake, cache):
    fake.dictionary[SENTENCE] = PROVIDER_ENGLISH
    assert google(cache, None).translate_sentences([SENTENCE])[SENTENCE].english == PROVIDER_ENGLISH


def test_a_changed_glossary_applies_to_cached_english_without_a_request(fake, cache):
    fake.dictionary[SENTENCE] = PROVIDER_ENGLISH
    google(cache, None).translate_sentences([SENTENCE])
    assert len(fake.requests) == 1
    for online in (True, False):
        got = google(cache, TERMS, online=online).translate_sentences([SENTENCE])[SENTENCE]
        assert got.origin == "cache" and got.english.startswith("Brad Little said")
    assert len(fake.requests) == 1


def test_a_provider_leaving_the_name_in_chinese_gets_the_glossarys_english(fake, cache):
    # The fake's default English keeps the Chinese line inside EN(...): the name is replaced there too.
    got = google(cache, TERMS).translate_sentences(["李睿德到访。"])["李睿德到访。"]
    assert got.english == "EN(Brad Little 到访。)"


def chat_translator(fake, cache, terms):
    config = ProviderConfig("chat", url=fake.chat_url, model="qwen2.5:7b", timeout=5.0)
    return Translator(config, cache, online=True, sleep=lambda s: None, terms=terms)


def test_a_chat_server_is_told_the_glossarys_english_of_the_names_in_its_batch(fake, cache):
    other = "今年粮食产量达到6.5亿吨。"
    chat_translator(fake, cache, TERMS).translate_sentences([SENTENCE, other])
    (request,) = fake.chat_requests()
    system = request["system"]
    # the names as the text writes them (商圈办, though the entry is 商圈辦), each with its English
    assert "李睿德 = Brad Little" in system and "商圈办 = Business District Office" in system
    assert request["user"].count("\n") == 1  # one batch of both sentences


def test_a_batch_without_glossary_names_sends_none_of_the_glossary(fake, cache):
    chat_translator(fake, cache, TERMS).translate_sentences(["今年粮食产量达到6.5亿吨。"])
    (request,) = fake.chat_requests()
    assert "Brad Little" not in request["system"] and "Business District Office" not in request["system"]
    assert "names and terms wherever they occur" not in request["system"]
