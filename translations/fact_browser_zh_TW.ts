<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/about.py" line="29"/>
        <source>Chinese–English dictionary, by MDBG and its contributors</source>
        <translation>漢英詞典，由 MDBG 及其貢獻者編寫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="32"/>
        <source>Conversion between Simplified and Traditional Chinese</source>
        <translation>簡繁中文轉換</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="35"/>
        <source>Cross-platform application framework</source>
        <translation>跨平台應用程式框架</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="37"/>
        <source>Qt for Python</source>
        <translation>Qt 的 Python 繫結</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="39"/>
        <source>Chinese word segmentation</source>
        <translation>中文斷詞</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="41"/>
        <source>Pinyin for Chinese characters</source>
        <translation>漢字拼音</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="44"/>
        <source>Clients for online translation services</source>
        <translation>線上翻譯服務用戶端</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="47"/>
        <source>Chinese numerals to Arabic numbers</source>
        <translation>中文數字轉阿拉伯數字</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about.py" line="110"/>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="112"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="113"/>
        <source>Read Chinese articles bilingually and pull the facts out of them.</source>
        <translation>中英對照閱讀中文文章，並擷取其中的事實。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="114"/>
        <source>Free software under the %1 licence.</source>
        <translation>本軟體為自由軟體，採用 %1 授權條款。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="118"/>
        <source>Licences, attributions and paths</source>
        <translation>授權條款、致謝與路徑</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="132"/>
        <source>Cache (dictionary index, translations)</source>
        <translation>快取（詞典索引、譯文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="133"/>
        <source>Settings file</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="134"/>
        <source>Interface translations</source>
        <translation>介面翻譯</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="138"/>
        <source>The glosses shown in the reader come from CC-CEDICT and may be shared under its licence, CC BY-SA 4.0.</source>
        <translation>閱讀器中顯示的釋義來自 CC-CEDICT，可依其授權條款 CC BY-SA 4.0 分享。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="140"/>
        <source>Data and libraries</source>
        <translation>資料與函式庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="141"/>
        <source>Where your data lives</source>
        <translation>資料存放位置</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="329"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="363"/>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="364"/>
        <source>Cache folder</source>
        <translation>快取資料夾</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="365"/>
        <source>&amp;Open Folder</source>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="366"/>
        <source>Open the cache folder</source>
        <translation>開啟快取資料夾</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="367"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="368"/>
        <source>Cache size</source>
        <translation>快取大小</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="369"/>
        <source>C&amp;lear Cache…</source>
        <translation>清除快取(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="370"/>
        <source>Clear the cache</source>
        <translation>清除快取</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="371"/>
        <source>The cache holds the dictionary index and translations fetched online. Clearing it is safe: the index is rebuilt when needed, but translations must be fetched again.</source>
        <translation>快取中保存詞典索引和線上取得的譯文。清除快取是安全的：索引會在需要時重建，但譯文需要重新線上取得。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="378"/>
        <source>Clear Cache</source>
        <translation>清除快取</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="379"/>
        <source>Delete the dictionary index and all cached translations?

Translations will have to be fetched online again.</source>
        <translation>刪除詞典索引和所有已快取的譯文嗎？

譯文將需要重新線上取得。</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="184"/>
        <source>&amp;Script:</source>
        <translation>字形(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="184"/>
        <source>&amp;View:</source>
        <translation>檢視(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="185"/>
        <source>&amp;Chinese font:</source>
        <translation>中文字型(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="185"/>
        <source>&amp;English font:</source>
        <translation>英文字型(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="186"/>
        <source>T&amp;heme:</source>
        <translation>主題(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="186"/>
        <source>Interface &amp;language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="187"/>
        <source>Hover &amp;gloss delay:</source>
        <translation>懸停釋義延遲(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="190"/>
        <source>Taiwan &amp;phrases (rewrites vocabulary, e.g. 软件 → 軟體)</source>
        <translation>臺灣用語(&amp;P)（改寫詞彙，如 软件 → 軟體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="194"/>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="195"/>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="196"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="197"/>
        <source>Display script</source>
        <translation>顯示字形</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="197"/>
        <source>Taiwan phrases</source>
        <translation>臺灣用語</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="198"/>
        <source>View mode</source>
        <translation>檢視模式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="198"/>
        <source>Chinese font family</source>
        <translation>中文字型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="199"/>
        <source>Chinese font size</source>
        <translation>中文字級</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="199"/>
        <source>English font family</source>
        <translation>英文字型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="200"/>
        <source>English font size</source>
        <translation>英文字級</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="200"/>
        <source>Colour theme</source>
        <translation>配色主題</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="201"/>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="201"/>
        <source>Hover gloss delay</source>
        <translation>懸停釋義延遲</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="204"/>
        <source>How long the pointer rests on a word before its dictionary entry shows</source>
        <translation>指標在詞語上停留多久後顯示詞典條目</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="205"/>
        <source>Takes effect at once; language names are shown in their own language</source>
        <translation>立即生效；語言名稱以該語言本身顯示</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../desktop/ui/i18n.py" line="180"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="181"/>
        <source>&amp;System Default</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="182"/>
        <source>Follow the operating system&apos;s language</source>
        <translation>使用作業系統的語言</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="21"/>
        <source>As written (no conversion)</source>
        <translation>原文（不轉換）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="22"/>
        <source>Simplified (简体)</source>
        <translation>簡體（简体）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="23"/>
        <source>Traditional (繁體, OpenCC standard)</source>
        <translation>繁體（OpenCC 標準）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="24"/>
        <source>Traditional, Taiwan (臺灣正體)</source>
        <translation>繁體，臺灣（臺灣正體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="25"/>
        <source>Traditional, Hong Kong (香港繁體)</source>
        <translation>繁體，香港（香港繁體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="28"/>
        <source>Chinese only</source>
        <translation>僅中文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="29"/>
        <source>English under each sentence</source>
        <translation>每句下方附英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="30"/>
        <source>Chinese and English side by side</source>
        <translation>中英並排</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="31"/>
        <source>English only</source>
        <translation>僅英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="34"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="35"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="36"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="39"/>
        <source>Google Translate (no key needed)</source>
        <translation>Google 翻譯（無需金鑰）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="40"/>
        <source>MyMemory (no key, daily limit)</source>
        <translation>MyMemory（無需金鑰，每日限額）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="41"/>
        <source>LibreTranslate (a server you choose)</source>
        <translation>LibreTranslate（自選伺服器）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="42"/>
        <source>DeepL (API key)</source>
        <translation>DeepL（需 API 金鑰）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="43"/>
        <source>Microsoft Translator (API key)</source>
        <translation>微軟翻譯（需 API 金鑰）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="106"/>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="151"/>
        <source>System default</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/preferences.py" line="100"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="101"/>
        <source>&amp;Display</source>
        <translation>顯示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="102"/>
        <source>&amp;Translation</source>
        <translation>翻譯(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="103"/>
        <source>&amp;Cache</source>
        <translation>快取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="104"/>
        <source>Preference pages</source>
        <translation>偏好設定頁面</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="106"/>
        <source>Reset this page to the defaults (saved when you press Apply or OK)</source>
        <translation>將本頁恢復為預設值（按「套用」或「確定」後儲存）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="147"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="148"/>
        <source>Filter by name or key…</source>
        <translation>依名稱或按鍵篩選…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="149"/>
        <source>Filter shortcuts</source>
        <translation>篩選快速鍵</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="150"/>
        <source>Shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="151"/>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="151"/>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>TranslationPage</name>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="279"/>
        <source>Translate sentences &amp;online</source>
        <translation>線上翻譯句子(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="280"/>
        <source>Online translation</source>
        <translation>線上翻譯</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="281"/>
        <source>&amp;Provider:</source>
        <translation>服務商(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="282"/>
        <source>Translation provider</source>
        <translation>翻譯服務商</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="284"/>
        <source>LibreTranslate &amp;URL:</source>
        <translation>LibreTranslate 網址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="285"/>
        <source>LibreTranslate server URL</source>
        <translation>LibreTranslate 伺服器網址</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="286"/>
        <source>LibreTranslate</source>
        <translation>LibreTranslate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="286"/>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="286"/>
        <source>Microsoft</source>
        <translation>微軟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="288"/>
        <source>%1 API &amp;key:</source>
        <translation>%1 API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="289"/>
        <source>%1 API key</source>
        <translation>%1 API 金鑰</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="290"/>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="290"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="291"/>
        <source>Show or hide the key</source>
        <translation>顯示或隱藏金鑰</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="292"/>
        <source>&amp;Timeout:</source>
        <translation>逾時(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="293"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="294"/>
        <source>Translation timeout in seconds</source>
        <translation>翻譯逾時（秒）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="299"/>
        <source>the LibreTranslate server at the URL below</source>
        <translation>下方網址所指的 LibreTranslate 伺服器</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="301"/>
        <source>When this is on, each sentence you ask to have translated is sent over HTTPS to %1. Nothing else leaves your computer: not the file name and not the rest of the article. Translations are kept in the cache, so a sentence is sent at most once per provider. When it is off, only cached translations and the bundled glossary are used.</source>
        <translation>開啟後，您要求翻譯的每個句子會透過 HTTPS 傳送到 %1。除此之外，不會有任何內容離開您的電腦：既不傳送檔名，也不傳送文章的其餘部分。譯文會保存在快取中，因此每個句子對每個服務商最多只傳送一次。關閉時，只使用已快取的譯文和內建詞彙表。</translation>
    </message>
</context>
</TS>
