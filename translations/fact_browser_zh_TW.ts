<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="29"/>
        <source>Chinese–English dictionary, by MDBG and its contributors</source>
        <translation>漢英詞典，由 MDBG 及其貢獻者編寫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="32"/>
        <source>Conversion between Simplified and Traditional Chinese</source>
        <translation>簡繁中文轉換</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="35"/>
        <source>Cross-platform application framework</source>
        <translation>跨平台應用程式框架</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="37"/>
        <source>Qt for Python</source>
        <translation>Qt 的 Python 繫結</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="39"/>
        <source>Chinese word segmentation</source>
        <translation>中文斷詞</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="41"/>
        <source>Pinyin for Chinese characters</source>
        <translation>漢字拼音</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="44"/>
        <source>Clients for online translation services</source>
        <translation>線上翻譯服務用戶端</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="47"/>
        <source>Chinese numerals to Arabic numbers</source>
        <translation>中文數字轉阿拉伯數字</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="110"/>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="112"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="113"/>
        <source>Read Chinese articles bilingually and pull the facts out of them.</source>
        <translation>中英對照閱讀中文文章，並擷取其中的事實。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="114"/>
        <source>Free software under the %1 licence.</source>
        <translation>本軟體為自由軟體，採用 %1 授權條款。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="118"/>
        <source>Licences, attributions and paths</source>
        <translation>授權條款、致謝與路徑</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="132"/>
        <source>Cache (dictionary index, translations)</source>
        <translation>快取（詞典索引、譯文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="133"/>
        <source>Settings file</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="134"/>
        <source>Interface translations</source>
        <translation>介面翻譯</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="138"/>
        <source>The glosses shown in the reader come from CC-CEDICT and may be shared under its licence, CC BY-SA 4.0.</source>
        <translation>閱讀器中顯示的釋義來自 CC-CEDICT，可依其授權條款 CC BY-SA 4.0 分享。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="140"/>
        <source>Data and libraries</source>
        <translation>資料與函式庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="141"/>
        <source>Where your data lives</source>
        <translation>資料存放位置</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="236"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="271"/>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="272"/>
        <source>Cache folder</source>
        <translation>快取資料夾</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="273"/>
        <source>&amp;Open Folder</source>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="274"/>
        <source>Open the cache folder</source>
        <translation>開啟快取資料夾</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="275"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="276"/>
        <source>Cache size</source>
        <translation>快取大小</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="277"/>
        <source>C&amp;lear Cache…</source>
        <translation>清除快取(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="278"/>
        <source>Clear the cache</source>
        <translation>清除快取</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="279"/>
        <source>The cache holds the dictionary index and translations fetched online. Clearing it is safe: the index is rebuilt when needed, but translations must be fetched again.</source>
        <translation>快取中保存詞典索引和線上取得的譯文。清除快取是安全的：索引會在需要時重建，但譯文需要重新線上取得。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="286"/>
        <source>Clear Cache</source>
        <translation>清除快取</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="287"/>
        <source>Delete the dictionary index and all cached translations?

Translations will have to be fetched online again.</source>
        <translation>刪除詞典索引和所有已快取的譯文嗎？

譯文將需要重新線上取得。</translation>
    </message>
</context>
<context>
    <name>ChatServerRows</name>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Connected: %1 translated a test sentence in %2 s with its figures kept (“%3”).</source>
        <translation>已連線：%1 在 %2 秒內譯出測試句，數字無誤（「%3」）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>%1 answered, but not with a usable translation of the test sentence (its lines or figures did not match): try another model.</source>
        <translation>%1 有回應，但測試句的譯文不可用（行或數字對不上）：請換一個模型。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Not connected: %1</source>
        <translation>未連線：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Server &amp;base URL:</source>
        <translation>伺服器基礎網址(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Server API &amp;key:</source>
        <translation>伺服器 API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Translation server base URL</source>
        <translation>翻譯伺服器基礎網址</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>An OpenAI-compatible server: Ollama http://host:11434/v1, llama.cpp or vLLM http://host:8080</source>
        <translation>相容 OpenAI 的伺服器：Ollama 填 http://host:11434/v1，llama.cpp 或 vLLM 填 http://host:8080</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Model name on the translation server</source>
        <translation>翻譯伺服器上的模型名稱</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Translation server API key</source>
        <translation>翻譯伺服器 API 金鑰</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Show or hide the key</source>
        <translation>顯示或隱藏金鑰</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Remember the key in the system keyring (never in the settings)</source>
        <translation>在系統金鑰圈中記住金鑰（絕不寫入設定）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>No system keyring here: the key is kept for this session only, never in the settings</source>
        <translation>本機沒有系統金鑰圈：金鑰只保留到本次工作階段結束，絕不寫入設定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Remember the server API key</source>
        <translation>記住伺服器 API 金鑰</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Te&amp;st Connection</source>
        <translation>測試連線(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Test the connection to the translation server</source>
        <translation>測試與翻譯伺服器的連線</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Sends one test sentence to the server and says what came back</source>
        <translation>向伺服器傳送一個測試句，並顯示回傳結果</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="110"/>
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
    <message>
        <source>Every figure</source>
        <translation>全部數字</translation>
    </message>
    <message>
        <source>Target and outcome by year</source>
        <translation>按年份的目標與實際</translation>
    </message>
    <message>
        <source>A measure: 国内生产总值增长, 國防預算, GDP growth target, CPI; A | B for either</source>
        <translation>指標：国内生产总值增长、國防預算、GDP growth target、CPI；A | B 表示任一</translation>
    </message>
    <message>
        <source>looked for: %1</source>
        <translation>查找：%1</translation>
    </message>
    <message>
        <source>%1 documents · %2 years with a target · %3 with an outcome · %4</source>
        <translation>%1 篇文件 · %2 年有目標 · %3 年有實際值 · %4</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>level or share</source>
        <translation>水準或占比</translation>
    </message>
    <message>
        <source>change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="62"/>
        <source>No document states a figure for “%1”.</source>
        <extracomment>kinds a measure can be compared in (&quot;&quot; = the kind most matches have)</extracomment>
        <translation>沒有文件給出「%1」的數字。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="66"/>
        <source>%1 documents · %2 targets · %3</source>
        <translation>%1 份文件 · %2 個目標 · %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="71"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="71"/>
        <source>result</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="77"/>
        <source>Any kind</source>
        <translation>任意類型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="79"/>
        <source>A measure: label words such as 国内生产总值 增长 or 國防預算; A | B for either</source>
        <translation>指標：標籤詞，如 国内生产总值 增长 或 國防預算；A | B 表示任一</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="80"/>
        <source>Targets only</source>
        <translation>僅目標</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="81"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="91"/>
        <source>&amp;Script:</source>
        <translation>字形(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="91"/>
        <source>&amp;View:</source>
        <translation>檢視(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="92"/>
        <source>&amp;Chinese font:</source>
        <translation>中文字型(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="92"/>
        <source>&amp;English font:</source>
        <translation>英文字型(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="93"/>
        <source>T&amp;heme:</source>
        <translation>主題(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="93"/>
        <source>Interface &amp;language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="94"/>
        <source>Hover &amp;gloss delay:</source>
        <translation>懸停釋義延遲(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="97"/>
        <source>Taiwan &amp;phrases (rewrites vocabulary, e.g. 软件 → 軟體)</source>
        <translation>臺灣用語(&amp;P)（改寫詞彙，如 软件 → 軟體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="101"/>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="102"/>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="103"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="104"/>
        <source>Display script</source>
        <translation>顯示字形</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="104"/>
        <source>Taiwan phrases</source>
        <translation>臺灣用語</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="105"/>
        <source>View mode</source>
        <translation>檢視模式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="105"/>
        <source>Chinese font family</source>
        <translation>中文字型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="106"/>
        <source>Chinese font size</source>
        <translation>中文字級</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="106"/>
        <source>English font family</source>
        <translation>英文字型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="107"/>
        <source>English font size</source>
        <translation>英文字級</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="107"/>
        <source>Colour theme</source>
        <translation>配色主題</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="108"/>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="108"/>
        <source>Hover gloss delay</source>
        <translation>懸停釋義延遲</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="111"/>
        <source>How long the pointer rests on a word before its dictionary entry shows</source>
        <translation>指標在詞語上停留多久後顯示詞典條目</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="112"/>
        <source>Takes effect at once; language names are shown in their own language</source>
        <translation>立即生效；語言名稱以該語言本身顯示</translation>
    </message>
</context>
<context>
    <name>EnglishSources</name>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="121"/>
        <source>There is no English to export yet.</source>
        <translation>尚無可匯出的英文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="126"/>
        <source>Export Glosses</source>
        <translation>匯出釋義</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="127"/>
        <location filename="../desktop/ui/english/sources.py" line="140"/>
        <source>Gloss packs (*.json)</source>
        <translation>釋義包 (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="133"/>
        <source>The glosses could not be saved: %1</source>
        <translation>無法儲存釋義：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="135"/>
        <source>Exported English for %n text(s)</source>
        <translation>
            <numerusform>已匯出 %n 段文字的英文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="139"/>
        <source>Import Glosses</source>
        <translation>匯入釋義</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="185"/>
        <source>Removed %n cached translation(s)</source>
        <translation>
            <numerusform>已移除 %n 筆快取的譯文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="167"/>
        <source>Clear Cached English</source>
        <translation>清除英文快取</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="168"/>
        <source>Remove every cached translation (%1 MB)? Gloss packs are kept.</source>
        <translation>移除所有快取的譯文（%1 MB）嗎？釋義包會保留。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="78"/>
        <source>Cached English could not be read: %1</source>
        <extracomment>gloss packs were imported or cached English was removed: the English known has to be read again the open document&apos;s gloss packs: the one beside its file, the bundled ones, the imported ones</extracomment>
        <translation>無法讀取快取的英文：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="81"/>
        <source>English for %n text(s) is cached from %1</source>
        <translation>
            <numerusform>%n 段文字的英文來自 %1 的快取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactCopier</name>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="19"/>
        <source>Markdown Table</source>
        <extracomment>Copy ► As … entries: (format key, menu text)</extracomment>
        <translation>Markdown 表格</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="20"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="21"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="22"/>
        <source>Citation</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="23"/>
        <source>Value Only</source>
        <translation>僅數值</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="24"/>
        <location filename="../desktop/ui/facts/fact_copy.py" line="117"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="39"/>
        <source>&amp;Copy Facts</source>
        <translation>複製事實(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="41"/>
        <source>Copy &amp;Cell</source>
        <translation>複製儲存格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="47"/>
        <source>&amp;Export Facts…</source>
        <translation>匯出事實(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="54"/>
        <source>Copy &amp;As</source>
        <extracomment>Copy ► As …: one entry per format, in COPY_AS order</extracomment>
        <translation>複製為(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="43"/>
        <source>Copy Adds the &amp;Original Script</source>
        <translation>複製時附上原文字形(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="45"/>
        <source>Copy Adds the English &amp;Label</source>
        <translation>複製時附上英文說明(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="110"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="110"/>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="110"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="115"/>
        <source>Fact (original)</source>
        <translation>事實（原文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="136"/>
        <location filename="../desktop/ui/facts/fact_copy.py" line="145"/>
        <source>Select facts to copy</source>
        <translation>請選取要複製的事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="162"/>
        <source>Copied cell</source>
        <translation>已複製儲存格</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/facts/fact_copy.py" line="165"/>
        <source>Copied %n fact(s)</source>
        <translation>
            <numerusform>已複製 %n 筆事實</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="170"/>
        <source>There are no facts to export.</source>
        <translation>沒有可匯出的事實。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="177"/>
        <source>Export Facts</source>
        <translation>匯出事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="202"/>
        <source>Replace File?</source>
        <translation>取代檔案？</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="203"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>「%1」已存在。要取代它嗎？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/facts/fact_copy.py" line="211"/>
        <source>Exported %n fact(s) to %1</source>
        <translation>
            <numerusform>已將 %n 筆事實匯出至 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactKind</name>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="7"/>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="8"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="9"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="10"/>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="11"/>
        <source>Multiple</source>
        <translation>倍數</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="12"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="13"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="14"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="15"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="16"/>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="17"/>
        <source>Term</source>
        <translation>術語</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="26"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="27"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="37"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="33"/>
        <source>Stance</source>
        <translation>性質</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="45"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="46"/>
        <source>plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="47"/>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="48"/>
        <source>result</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="49"/>
        <source>base</source>
        <translation>對比基數</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="52"/>
        <source>An outcome aimed at (预期目标, 力争, 左右 in a target list)</source>
        <translation>追求的結果（預期目標、力爭、目標中的「左右」）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="53"/>
        <source>What will be spent or done (拟安排, 预算, 编列)</source>
        <translation>將要支出或實施的（擬安排、預算、編列）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="54"/>
        <source>An expectation (预计, 预估, 可望)</source>
        <translation>預期（預計、預估、可望）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="55"/>
        <source>What happened or holds</source>
        <translation>已經發生或現有的情況</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="56"/>
        <source>The earlier side of a comparison (比…的, 由…增加到)</source>
        <translation>比較中的基數一方（比…的、由…增加到）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="225"/>
        <source>From: %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="28"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="29"/>
        <source>Fact</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="30"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="31"/>
        <source>Measures</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="32"/>
        <source>Period</source>
        <translation>時期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="34"/>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="35"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="36"/>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="230"/>
        <source>Relative to the document&apos;s year (Y), which is not known: set the document date below.</source>
        <extracomment>column widths at their default proportions (px); :meth:`FactsPanel.fit_columns` scales them to the table</extracomment>
        <translation>相對於文件年份（Y），而該年份未知：請在下方設定文件日期。</translation>
    </message>
</context>
<context>
    <name>FactsController</name>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="108"/>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="109"/>
        <source>&amp;Facts Panel</source>
        <translation>事實面板(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="18"/>
        <source>Go to Facts &amp;Table</source>
        <translation>移至事實表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="192"/>
        <source>“%1” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>「%1」不是日期：請使用 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="201"/>
        <source>Facts could not be extracted: %1</source>
        <translation>無法擷取事實：%1</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>&amp;Columns</source>
        <translation>欄(&amp;C)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The current fact&apos;s hidden columns</source>
        <translation>目前事實的隱藏欄</translation>
    </message>
    <message>
        <source>Columns That Fit</source>
        <translation>適合寬度的欄</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="27"/>
        <source>All kinds</source>
        <extracomment>pause in typing before the text filter applies (ms) kind filter choices: (label, kinds or None for all)</extracomment>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="28"/>
        <source>Figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="29"/>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="30"/>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="31"/>
        <source>Quantities</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="32"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="33"/>
        <source>Names</source>
        <translation>專有名詞</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="34"/>
        <source>Terms</source>
        <translation>術語</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="234"/>
        <source>Kind of fact</source>
        <extracomment>the text filter changed; the facts controller answers with a matcher (script-blind search) the user typed a document date (Enter or leaving the field); &quot;&quot; clears it the user stopped the model (names and labels) on a long document</extracomment>
        <translation>事實類型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="235"/>
        <source>Filter facts (any script, pinyin)</source>
        <translation>篩選事實（簡繁、拼音皆可）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="236"/>
        <source>Filter facts</source>
        <translation>篩選事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="237"/>
        <source>This section only</source>
        <translation>僅限本節</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="238"/>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="239"/>
        <source>Document &amp;date:</source>
        <translation>文件日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="240"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="241"/>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="242"/>
        <source>The date 今年, 去年, 本月 and 今（5）日 are read against. Clear it to use the document&apos;s own.</source>
        <translation>「今年」「去年」「本月」「今（5）日」依此日期解讀。清空即使用文件本身的日期。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="243"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="250"/>
        <source>Finding names and labels…</source>
        <translation>正在辨識名稱和指標…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="252"/>
        <source>Names and labels stopped: figures and dates only</source>
        <translation>已停止辨識名稱和指標：僅有數字和日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="254"/>
        <source>from the dateline</source>
        <translation>取自電頭</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="255"/>
        <source>from the title</source>
        <translation>取自標題</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="256"/>
        <source>from the file&apos;s date field</source>
        <translation>取自檔案的日期欄位</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="257"/>
        <source>set by you</source>
        <translation>由你設定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="258"/>
        <source>given on opening</source>
        <translation>開啟時給定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="263"/>
        <source>not known: relative dates show Y (this year), Y−1 …</source>
        <translation>未知：相對日期顯示為 Y（今年）、Y−1 …</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="320"/>
        <source>%1 of %2 facts</source>
        <translation>%1 / %2 筆事實</translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="76"/>
        <location filename="../desktop/ui/library/facts_tab.py" line="84"/>
        <source>Export Facts</source>
        <translation>匯出事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="77"/>
        <source>CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="92"/>
        <source>Measure (label words)</source>
        <translation>指標（標籤詞）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="93"/>
        <source>Filter documents, facts, labels</source>
        <translation>篩選文件、事實、標籤</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="114"/>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="115"/>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="94"/>
        <source>Value from</source>
        <translation>數值從</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="95"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="96"/>
        <source>Compare Across Documents</source>
        <translation>跨文件比較</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="114"/>
        <source>The same measure in every document, as a table and a chart</source>
        <translation>同一指標在每份文件中的數值，以表格和圖表顯示</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="115"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="106"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="107"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="153"/>
        <source>%1 of %2 facts</source>
        <translation>%2 筆事實中的 %1 筆</translation>
    </message>
</context>
<context>
    <name>FigureFlags</name>
    <message numerus="yes">
        <location filename="../desktop/ui/english/figure_flags.py" line="53"/>
        <source>%n sentence(s) whose English changes a figure are underlined</source>
        <translation>
            <numerusform>有 %n 個句子的英文更動了數字，已加底線標示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/figure_flags.py" line="56"/>
        <source>The figures in the English could not be checked: %1</source>
        <translation>英文中的數字無法檢查：%1</translation>
    </message>
</context>
<context>
    <name>GlossController</name>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="48"/>
        <source>Copied gloss</source>
        <translation>已複製釋義</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="17"/>
        <source>Look Up &amp;Word at Cursor</source>
        <translation>查詢游標處的詞語(&amp;W)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="15"/>
        <source>Show &amp;Pinyin for the Current Sentence</source>
        <translation>顯示目前句子的拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="62"/>
        <source>Pinyin of the current sentence</source>
        <translation>目前句子的拼音</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="81"/>
        <source>The dictionary could not be prepared: %1</source>
        <translation>無法準備詞典：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="135"/>
        <source>No dictionary entry here</source>
        <translation>此處沒有詞典條目</translation>
    </message>
    <message>
        <source>Add Word at Cursor to &amp;Glossary…</source>
        <translation>將游標處的詞加入術語表(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>術語表(&amp;G)…</translation>
    </message>
    <message>
        <source>Select the words to add to the glossary</source>
        <translation>請選取要加入術語表的詞語</translation>
    </message>
    <message>
        <source>%1 → %2 is in the glossary</source>
        <translation>術語表已收錄 %1 → %2</translation>
    </message>
</context>
<context>
    <name>GlossPopup</name>
    <message>
        <location filename="../desktop/ui/glossary/popup.py" line="84"/>
        <source>Copy Gloss</source>
        <translation>複製釋義</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/popup.py" line="85"/>
        <source>Copy gloss</source>
        <translation>複製釋義</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/popup.py" line="86"/>
        <source>Dictionary entry</source>
        <translation>詞典條目</translation>
    </message>
    <message>
        <source>Add to Glossary…</source>
        <translation>加入術語表…</translation>
    </message>
    <message>
        <source>Team glossary</source>
        <translation>團隊術語表</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../desktop/ui/services/i18n.py" line="185"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/i18n.py" line="187"/>
        <source>Follow the operating system&apos;s language</source>
        <translation>使用作業系統的語言</translation>
    </message>
</context>
<context>
    <name>LibraryBuild</name>
    <message>
        <location filename="../desktop/ui/library/build.py" line="76"/>
        <source>The build was stopped; the documents indexed so far are kept and the next build continues.</source>
        <translation>已停止建立索引；已索引的文件會保留，下次建立時從這裡繼續。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/build.py" line="85"/>
        <source>Building the library failed (exit status %1).</source>
        <translation>建立文庫失敗（結束狀態 %1）。</translation>
    </message>
</context>
<context>
    <name>LibraryFacts</name>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="14"/>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="15"/>
        <source>Figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="16"/>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="17"/>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="18"/>
        <source>Quantities</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="19"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="20"/>
        <source>Names</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="21"/>
        <source>Terms</source>
        <translation>術語</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="21"/>
        <source>Open &amp;Library…</source>
        <translation>開啟文庫(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="23"/>
        <source>Open a JSON Lines corpus or a library file as a library of documents</source>
        <translation>將 JSON Lines 語料或文庫檔案作為文件庫開啟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="24"/>
        <source>Open &amp;Folder as Library…</source>
        <translation>將資料夾作為文庫開啟(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="26"/>
        <source>Every .txt, .md, .html, .pdf and .docx file under a folder, as one library</source>
        <translation>資料夾中所有 .txt、.md、.html、.pdf 和 .docx 檔案，合為一個文庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="27"/>
        <source>Open &amp;Server Library…</source>
        <translation>開啟伺服器上的文庫(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="29"/>
        <source>A library a team shares on a PostgreSQL server</source>
        <translation>團隊在 PostgreSQL 伺服器上共用的文庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="31"/>
        <source>Recent Li&amp;braries</source>
        <translation>最近的文庫(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="90"/>
        <source>Open Library</source>
        <translation>開啟文庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="92"/>
        <source>Corpora and libraries (*.jsonl *.ndjson *.sqlite);;All files (*)</source>
        <translation>語料和文庫 (*.jsonl *.ndjson *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="98"/>
        <source>Open Folder as Library</source>
        <translation>將資料夾作為文庫開啟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="124"/>
        <source>No recent libraries</source>
        <translation>沒有最近的文庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="124"/>
        <source>Clear List</source>
        <translation>清除清單</translation>
    </message>
</context>
<context>
    <name>LibraryMessages</name>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="14"/>
        <source>The library “%1” is damaged (%2).</source>
        <extracomment>library errors by kind (see desktop/core/library/errors.py); %1 is the library&apos;s name</extracomment>
        <translation>文庫「%1」已損壞（%2）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="15"/>
        <source>The library “%1” was made by %2 (library format %3); this version reads formats up to %4. Open it with a newer Fact Browser; it was left unchanged.</source>
        <translation>文庫「%1」由 %2 建立（文庫格式 %3）；本版本只能讀取格式 %4 及更早的格式。請用較新版本的 Fact Browser 開啟；該文庫未作任何變更。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="16"/>
        <source>The library “%1” was made by %2 (library format %3); this version (format %4) can read it but not change it, so it is open read-only.</source>
        <translation>文庫「%1」由 %2 建立（文庫格式 %3）；本版本（格式 %4）可以讀取但不能修改它，因此以唯讀方式開啟。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="17"/>
        <source>The library “%1” cannot be changed: %2.</source>
        <translation>文庫「%1」無法修改：%2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="18"/>
        <source>The disk is full; %1 documents were indexed and kept; free space and run again to continue.</source>
        <translation>磁碟已滿；已索引並保留 %1 篇文件；請釋出空間後再次執行以繼續。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="19"/>
        <source>There is no library at “%1”.</source>
        <translation>「%1」處沒有文庫。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="20"/>
        <source>“%1” is not a library Fact Browser can open.</source>
        <translation>「%1」不是 Fact Browser 能開啟的文庫。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="21"/>
        <source>The library “%1” cannot be opened: %2.</source>
        <translation>無法開啟文庫「%1」：%2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="22"/>
        <source>The library “%1” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>文庫「%1」正忙：另一個程式正在寫入。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="40"/>
        <source>Open Library</source>
        <translation>開啟文庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="50"/>
        <source>Damaged Library</source>
        <translation>文庫已損壞</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="53"/>
        <source>Fact Browser can build it again from %1. The damaged file is kept beside it, renamed with today&apos;s date.</source>
        <translation>Fact Browser 可以根據 %1 重新建立它。損壞的檔案會保留在旁邊，並以今天的日期重新命名。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="55"/>
        <source>Rebuild</source>
        <translation>重新建立</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="57"/>
        <source>It does not say which folder or corpus it was built from. Choose it to build the library again; the damaged file is kept beside it, renamed with today&apos;s date.</source>
        <translation>無法得知它是根據哪個資料夾或語料建立的。請選擇該來源以重新建立文庫；損壞的檔案會保留在旁邊，並以今天的日期重新命名。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="59"/>
        <source>Choose Source…</source>
        <translation>選擇來源…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="66"/>
        <source>Folder the Library Was Built From</source>
        <translation>建立文庫所用的資料夾</translation>
    </message>
</context>
<context>
    <name>LibraryModels</name>
    <message>
        <source>Outcome from</source>
        <translation>實際值出處</translation>
    </message>
    <message>
        <source>Target from</source>
        <translation>目標出處</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>over several years</source>
        <translation>跨多年</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="93"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="94"/>
        <location filename="../desktop/ui/library/models.py" line="119"/>
        <location filename="../desktop/ui/library/models.py" line="164"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="95"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="96"/>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="97"/>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="118"/>
        <location filename="../desktop/ui/library/models.py" line="165"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">類型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="121"/>
        <location filename="../desktop/ui/library/models.py" line="170"/>
        <source>Fact</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="122"/>
        <location filename="../desktop/ui/library/models.py" line="168"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="vanished">衡量</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="124"/>
        <location filename="../desktop/ui/library/models.py" line="171"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="166"/>
        <source>Period</source>
        <translation>時期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="167"/>
        <source>Stated as</source>
        <translation>表述為</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="169"/>
        <source>Marked by</source>
        <translation>標誌詞</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="174"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="174"/>
        <source>result</source>
        <translation>實際</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Go on indexing from where the build stopped</source>
        <translation>從建置停止的地方繼續建立索引</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>The library “%1” is still being built.</source>
        <translation>文庫「%1」仍在建置中。</translation>
    </message>
    <message>
        <source>%1 will be added once the current build ends.</source>
        <translation>目前建置結束後將加入 %1。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="105"/>
        <source>Indexing %1…</source>
        <extracomment>show(article, start, end): the single-document window opens ``article`` with ``[start, end)`` selected the tables show the library as it now is (after opening or a build) a .sqlite file, or a server library&apos;s URL (without a password) why the library is read-only, when it is (a newer version&apos;s, a read-only file)</extracomment>
        <translation>正在索引 %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="144"/>
        <source>Library: %1</source>
        <translation>文庫：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="147"/>
        <source>Filter by title, date or source (either script)</source>
        <translation>依標題、日期或來源篩選（簡繁皆可）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="148"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="149"/>
        <source>Stop indexing; what is indexed stays and the next build continues</source>
        <translation>停止索引；已索引的內容會保留，下次繼續</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="212"/>
        <source>Reading the facts of every document…</source>
        <translation>正在讀取所有文件的事實…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="230"/>
        <source>Indexing: %1</source>
        <translation>正在索引：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="240"/>
        <source>Indexed in %1 s: %2 new, %3 updated, %4 unchanged, %5 could not be read.</source>
        <translation>索引用時 %1 秒：新增 %2，更新 %3，未變 %4，無法讀取 %5。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="262"/>
        <source>%1 documents · %2 facts</source>
        <translation>%1 份文件 · %2 筆事實</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/library/window.py" line="265"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 個無法讀取</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="269"/>
        <source>Files that could not be read</source>
        <translation>無法讀取的檔案</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="270"/>
        <source>These were left out; every other document is in the library.</source>
        <translation>這些檔案未收入；其餘文件都已在文庫中。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="156"/>
        <source>Opening %1…</source>
        <extracomment>the narrowest the reader gets, in CJK character widths the reader painted for the first time (start-up work held back for it may run now) emitted after a failed open, with the message shown to the user the file being read in a worker (the latest asked for) every action by id (the window&apos;s and each feature&apos;s), for the shortcuts dialog and tests ``--screenshot`` without ``--settle`` saves the first paint and exits: no background work False for a one-shot render (``--screenshot``): the user&apos;s recent files, window geometry and reading positions are left as they were</extracomment>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="186"/>
        <source>The pasted text is open but no copy could be kept: %1</source>
        <translation>已開啟貼上的文字，但無法保留副本：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="215"/>
        <source>The settings file could not be read; it was moved to %1 and the defaults are used.</source>
        <translation>無法讀取設定檔；已將其移至 %1，現使用預設設定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="221"/>
        <source>%n setting(s) had a value out of range and now use the default: %1</source>
        <translation>
            <numerusform>%n 項設定的值超出範圍，現使用預設值：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="315"/>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="343"/>
        <source>Pasted text</source>
        <translation>貼上的文字</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="363"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n 個章節</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="368"/>
        <source>%n byte(s) of this file could not be decoded and show as �.</source>
        <translation>
            <numerusform>此檔案有 %n 個位元組無法解碼，顯示為 �。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="387"/>
        <source>Laying out the article…</source>
        <translation>正在排版文章…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/app.py" line="161"/>
        <source>Something went wrong (%1). Your document is unchanged; the details are on the console.</source>
        <translation>發生錯誤（%1）。文件沒有變動；詳細資訊請見主控台。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="21"/>
        <source>No document open</source>
        <translation>沒有開啟的文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="22"/>
        <source>Open a document…</source>
        <translation>開啟文件…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="23"/>
        <source>Paste text as a new document</source>
        <translation>將文字貼上為新文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="24"/>
        <source>Recent documents:</source>
        <translation>最近的文件：</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../desktop/ui/shell/message_banner.py" line="21"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/message_banner.py" line="30"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/message_banner.py" line="31"/>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>%n byte(s) of this file could not be decoded and show as �, in paragraph %1.</source>
        <translation>
            <numerusform>此檔案有 %n 個位元組無法解碼，顯示為 �，位於第 %1 段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>%n byte(s) of this file could not be decoded and show as �, in paragraphs %1.</source>
        <translation>
            <numerusform>此檔案有 %n 個位元組無法解碼，顯示為 �，位於第 %1 段。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>Paragraph %1 of this file is in %2, not UTF-8, and was read as such.</source>
        <translation>此檔案第 %1 段是 %2 編碼而非 UTF-8，已按 %2 讀取。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>Paragraphs %1 of this file are in %2, not UTF-8, and were read as such.</source>
        <translation>此檔案第 %1 段是 %2 編碼而非 UTF-8，已按 %2 讀取。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="24"/>
        <source>The document holds only headings (“%1”) and no text under them.</source>
        <translation>文件只有標題（「%1」），標題下沒有內文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="12"/>
        <source>“%1” does not exist.</source>
        <translation>「%1」不存在。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="13"/>
        <source>“%1” cannot be read: %2.</source>
        <translation>無法讀取「%1」：%2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="14"/>
        <source>“%1” is a folder, not a document.</source>
        <translation>「%1」是資料夾，不是文件。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="15"/>
        <source>“%1” is not a regular file (a pipe, socket or device), so it is not a document.</source>
        <translation>「%1」不是一般檔案（而是管道、通訊端或裝置），不能當作文件開啟。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="16"/>
        <source>“%1” is %2 MB; the largest document Fact Browser opens is %3 MB.</source>
        <translation>「%1」有 %2 MB；Fact Browser 最多只能開啟 %3 MB 的文件。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="17"/>
        <source>“%1” is empty.</source>
        <translation>「%1」是空白檔案。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="18"/>
        <source>“%1” starts with a %2 byte-order mark but is not valid %2.</source>
        <translation>「%1」以 %2 位元組順序記號開頭，但內容不是有效的 %2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="19"/>
        <source>“%1” is not text Fact Browser can read (it looks like a binary file).</source>
        <translation>「%1」不是 Fact Browser 能讀取的文字（看起來是二進位檔案）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="20"/>
        <source>“%1” could not be decoded: too many characters are unreadable in every encoding tried.</source>
        <translation>無法解碼「%1」：嘗試過的每種編碼都有太多無法辨識的字元。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="21"/>
        <source>The pasted text is %1 MB; the largest document Fact Browser opens is %2 MB.</source>
        <translation>貼上的文字有 %1 MB；Fact Browser 能開啟的文件最大為 %2 MB。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="22"/>
        <source>There is no text to open: the clipboard is empty.</source>
        <translation>沒有可開啟的文字：剪貼簿是空的。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="23"/>
        <source>The document has no readable text.</source>
        <translation>文件中沒有可讀的文字。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="25"/>
        <source>“%1” has no text layer (it looks like a scanned image); Fact Browser reads PDFs that contain text, not pictures of text. Run it through OCR first.</source>
        <translation>「%1」沒有文字層（看起來是掃描影像）；Fact Browser 只能讀取含文字的 PDF，不能讀取文字的圖片。請先進行 OCR 辨識。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="26"/>
        <source>“%1” cannot be opened as a PDF: it is damaged or not a PDF.</source>
        <translation>無法以 PDF 開啟「%1」：檔案已損毀或不是 PDF。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="27"/>
        <source>“%1” is protected by a password; open it in a PDF viewer and save a copy without one.</source>
        <translation>「%1」受密碼保護；請在 PDF 閱讀器中開啟並另存一份無密碼的副本。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="28"/>
        <source>“%1” cannot be opened as a Word document: it is damaged or not a .docx file.</source>
        <translation>無法以 Word 文件開啟「%1」：檔案已損毀或不是 .docx 檔案。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” holds more than %2 million characters of text, more than Fact Browser opens; split it into smaller documents.</source>
        <translation>「%1」包含超過 %2 百萬個字元的文字，超出 Fact Browser 能開啟的上限；請把它拆成較小的文件。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” is damaged: its pages cannot be read.</source>
        <translation>「%1」已損毀：無法讀取其頁面。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” unpacks to far more text or drawing than a document Fact Browser opens; it was refused unread.</source>
        <translation>「%1」解壓後的文字或繪圖遠超 Fact Browser 能開啟的文件；未讀取即已拒絕。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” has %2 pages; the most Fact Browser reads is %3.</source>
        <translation>「%1」有 %2 頁；Fact Browser 最多讀取 %3 頁。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” is protected by a password; open it in Word or LibreOffice and save a copy without one.</source>
        <translation>「%1」受密碼保護；請在 Word 或 LibreOffice 中開啟並另存一份無密碼的副本。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” is an older Word document (.doc) or another Office file, not a .docx; save it as .docx in Word or LibreOffice.</source>
        <translation>「%1」是舊版 Word 文件（.doc）或其他 Office 檔案，不是 .docx；請在 Word 或 LibreOffice 中另存為 .docx。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” would unpack to %2 MB, far more than a document Fact Browser opens; it was refused without being unpacked.</source>
        <translation>「%1」解壓後將達 %2 MB，遠超 Fact Browser 能開啟的文件；未解壓即已拒絕。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="33"/>
        <source>Could not reach %1: there is no network connection or the server is down. English already saved still shows.</source>
        <extracomment>translation failures by kind; %1 is the provider&apos;s name</extracomment>
        <translation>無法連線到 %1：沒有網路連線或伺服器已停止。已儲存的英文仍會顯示。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="34"/>
        <source>%1 did not answer in time. Try again, or pick another provider.</source>
        <translation>%1 未及時回應。請重試，或改用其他翻譯服務。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="35"/>
        <source>%1 is refusing requests for now (too many requests or quota used up). Try again later.</source>
        <translation>%1 暫時拒絕請求（請求過多或額度已用完）。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="36"/>
        <source>%1 had a server error. Try again later.</source>
        <translation>%1 伺服器發生錯誤。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="37"/>
        <source>%1 needs a valid API key. Set it in Preferences ▸ Translation.</source>
        <translation>%1 需要有效的 API 金鑰。請在「偏好設定 ▸ 翻譯」中設定。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="38"/>
        <source>%1 sent back something that is not a translation for some sentences; they stay untranslated.</source>
        <translation>%1 對部分句子傳回的不是譯文；這些句子保持未翻譯。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="39"/>
        <source>%1 refused a request as too long.</source>
        <translation>%1 以過長為由拒絕了請求。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="1"/>
        <source>%1 has no model of that name, or is not an OpenAI-compatible server: check the base URL and the model in Preferences ▸ Translation.</source>
        <translation>%1 上沒有這個名稱的模型，或者它不是相容 OpenAI 的伺服器：請在「偏好設定 ▸ 翻譯」中檢查基礎網址和模型。</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="18"/>
        <source>As written (no conversion)</source>
        <translation>原文（不轉換）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="19"/>
        <source>Simplified (简体)</source>
        <translation>簡體（简体）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="20"/>
        <source>Traditional (繁體, OpenCC standard)</source>
        <translation>繁體（OpenCC 標準）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="21"/>
        <source>Traditional, Taiwan (臺灣正體)</source>
        <translation>繁體，臺灣（臺灣正體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="22"/>
        <source>Traditional, Hong Kong (香港繁體)</source>
        <translation>繁體，香港（香港繁體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="25"/>
        <source>&amp;Chinese Only</source>
        <translation>僅中文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="26"/>
        <source>English &amp;Under Each Paragraph</source>
        <translation>每段下方附英文(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="27"/>
        <source>&amp;Side by Side</source>
        <translation>中英並排(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="28"/>
        <source>&amp;English Only</source>
        <translation>僅英文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="31"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="32"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="33"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="38"/>
        <source>&amp;System Default</source>
        <extracomment>Language names in their own language, deliberately untranslated: a user who picked the wrong one can still find their way back. Only &quot;System Default&quot; is translated.</extracomment>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="20"/>
        <source>Google Translate (no key needed)</source>
        <translation>Google 翻譯（無需金鑰）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="21"/>
        <source>MyMemory (no key, daily limit)</source>
        <translation>MyMemory（無需金鑰，每日限額）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="22"/>
        <source>LibreTranslate (a server you choose)</source>
        <translation>LibreTranslate（自選伺服器）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="23"/>
        <source>DeepL (API key)</source>
        <translation>DeepL（需 API 金鑰）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="24"/>
        <source>Microsoft Translator (API key)</source>
        <translation>微軟翻譯（需 API 金鑰）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/fields.py" line="95"/>
        <source>Default</source>
        <extracomment>the catalogs&apos; context of every Preferences string (pages and fields alike)</extracomment>
        <translation>預設</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="1"/>
        <source>Your team&apos;s server (OpenAI-compatible: llama.cpp, Ollama, vLLM)</source>
        <translation>團隊自己的伺服器（相容 OpenAI：llama.cpp、Ollama、vLLM）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="102"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="103"/>
        <source>&amp;Display</source>
        <translation>顯示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="104"/>
        <source>&amp;Translation</source>
        <translation>翻譯(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="105"/>
        <source>&amp;Cache</source>
        <translation>快取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="106"/>
        <source>Preference pages</source>
        <translation>偏好設定頁面</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="108"/>
        <source>Reset this page to the defaults (saved when you press Apply or OK)</source>
        <translation>將本頁恢復為預設值（按「套用」或「確定」後儲存）</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../desktop/ui/reader/view.py" line="88"/>
        <source>Article</source>
        <extracomment>documents longer than this (characters) are laid out in a worker index of the section at the top of the viewport, after a scroll a notice link was clicked: the name of the action it offers (&quot;online&quot;, &quot;translate_now&quot;) article offset clicked (no text selected) article offset under the resting mouse pointer, and the global position the mouse left the text or moved on before the hover delay the document was rebuilt: highlight layers must be set again a long document is being laid out in the background (True), or that finished (False) article offsets ↔ document positions of the document shown</extracomment>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>ScriptController</name>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="27"/>
        <source>&amp;Script</source>
        <extracomment>menu, combo box and Ctrl+Shift+T order documents longer than this are converted in a worker</extracomment>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="89"/>
        <source>Use Taiwan &amp;Phrases (rewrites vocabulary: 软件 → 軟體)</source>
        <translation>使用臺灣用語(&amp;P)（改寫詞彙：软件 → 軟體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="29"/>
        <source>Next S&amp;cript</source>
        <translation>下一種字形(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="90"/>
        <source>Display script (Ctrl+Shift+T)</source>
        <translation>顯示字形 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="91"/>
        <source>Display script</source>
        <translation>顯示字形</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="128"/>
        <source>Converting the script…</source>
        <translation>正在轉換字形…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="181"/>
        <source>The script could not be converted: %1</source>
        <translation>無法轉換字形：%1</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="135"/>
        <source>Search: 简/繁, pinyin or English (Ctrl+F)</source>
        <extracomment>longer documents build their index and run queries in a worker hits listed at most for big documents (the count still says how many there are)</extracomment>
        <translation>搜尋：簡/繁、拼音或英文 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="136"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="137"/>
        <source>Regular expression</source>
        <translation>規則運算式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="138"/>
        <source>Whole words (Latin letters and digits)</source>
        <translation>全字相符（拉丁字母與數字）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="139"/>
        <source>Hits only</source>
        <translation>僅顯示相符</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="140"/>
        <source>List only sections with hits</source>
        <translation>僅列出有相符結果的章節</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="141"/>
        <source>Search Results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="142"/>
        <source>Search &amp;Results</source>
        <translation>搜尋結果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="16"/>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="18"/>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="20"/>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="195"/>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="207"/>
        <source>Search is unavailable: %1</source>
        <translation>無法使用搜尋：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="317"/>
        <source>No matches</source>
        <translation>沒有相符項目</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="319"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/search/controller.py" line="321"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 個相符項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="325"/>
        <source>(%1 in the title)</source>
        <translation>（標題中 %1 處）</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../desktop/ui/search/results.py" line="76"/>
        <source>Lead</source>
        <translation>導言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/results.py" line="76"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/results.py" line="90"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../desktop/ui/library/search_tab.py" line="86"/>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/library/hits_model.py" line="70"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/library/search_tab.py" line="93"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n 份文件符合</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/search_tab.py" line="95"/>
        <source>(the newest %1 shown)</source>
        <translation>（顯示最新的 %1 份）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/search_tab.py" line="99"/>
        <source>Search every document (either script; two-character words and figures too)</source>
        <translation>搜尋所有文件（簡繁皆可；雙字詞和數字也行）</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../desktop/ui/reader/navigator.py" line="52"/>
        <location filename="../desktop/ui/reader/navigator.py" line="56"/>
        <source>Lead</source>
        <translation>導言</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/reader/navigator.py" line="57"/>
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n 句</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <location filename="../desktop/ui/reader/navigator.py" line="97"/>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="72"/>
        <source>Open Server Library</source>
        <translation>開啟伺服器上的文庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="73"/>
        <source>postgresql://user@host/database (or fill in the fields below)</source>
        <translation>postgresql://使用者@主機/資料庫（或填寫下面各欄）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="74"/>
        <source>the team&apos;s library database</source>
        <translation>團隊文庫所在的資料庫</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="75"/>
        <source>not needed when the server trusts this computer</source>
        <translation>伺服器信任本機時不需要</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="77"/>
        <source>the system keyring</source>
        <translation>系統金鑰圈</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="78"/>
        <source>Remember the password (in %1, never in the settings)</source>
        <translation>記住密碼（保存在 %1，絕不寫入設定）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>URL:</source>
        <translation>網址：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="80"/>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="80"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="164"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="165"/>
        <source>Filter by name or key…</source>
        <translation>依名稱或按鍵篩選…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="166"/>
        <source>Filter shortcuts</source>
        <translation>篩選快速鍵</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="167"/>
        <source>Shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="168"/>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="168"/>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>TextCopier</name>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="15"/>
        <source>Copy with &amp;English</source>
        <translation>連同英文複製(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="17"/>
        <source>Copy Section (Chinese)</source>
        <translation>複製本節（中文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="19"/>
        <source>Copy Section (English)</source>
        <translation>複製本節（英文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="21"/>
        <source>Copy Section (Chinese and English)</source>
        <translation>複製本節（中英文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="100"/>
        <source>Copied with English</source>
        <extracomment>this feature&apos;s own widgets (other features see the reader through its protocol)</extracomment>
        <translation>已連同英文複製</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="111"/>
        <source>This section has no English yet</source>
        <translation>本節尚無英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="114"/>
        <source>Copied the section</source>
        <translation>已複製本節</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message numerus="yes">
        <source>Translating %n sentence(s)…</source>
        <translation>
            <numerusform>正在翻譯 %n 個句子…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sentence(s) already have English.</source>
        <translation>
            <numerusform>全部 %n 個句子都已有英文。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="33"/>
        <source>&amp;English</source>
        <extracomment>View ► English: one entry per mode, labelled from the one table (services/modes.py)</extracomment>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="36"/>
        <source>&amp;Toggle English</source>
        <translation>顯示/隱藏英文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="34"/>
        <source>&amp;Translate</source>
        <translation>翻譯(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="38"/>
        <source>&amp;Online Translation</source>
        <translation>線上翻譯(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="40"/>
        <source>Send sentences without English to the chosen translation provider</source>
        <translation>將尚無英文的句子傳送給所選的翻譯服務商</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="41"/>
        <source>Translate &amp;Document</source>
        <translation>翻譯文件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="43"/>
        <source>&amp;Re-translate Sentence at Cursor</source>
        <translation>重新翻譯游標處的句子(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="45"/>
        <source>E&amp;xport Glosses…</source>
        <translation>匯出釋義(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="47"/>
        <source>&amp;Import Glosses…</source>
        <translation>匯入釋義(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="49"/>
        <source>&amp;Clear Cached English for This Document</source>
        <translation>清除本文件的英文快取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="51"/>
        <source>Clear &amp;All Cached English…</source>
        <translation>清除全部英文快取(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="184"/>
        <source>Online translation is off. Switch it on in the Translate menu to fetch English for this document.</source>
        <translation>線上翻譯已關閉。請在「翻譯」選單中開啟，以取得本文件的英文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="190"/>
        <source>Every sentence already has English</source>
        <translation>所有句子都已有英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="204"/>
        <source>Online translation is off: switch it on to re-translate a sentence.</source>
        <translation>線上翻譯已關閉：開啟後才能重新翻譯句子。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/controller.py" line="276"/>
        <source>Translating %n text(s)…</source>
        <translation>
            <numerusform>正在翻譯 %n 段文字…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/controller.py" line="293"/>
        <source>Translated %n text(s)</source>
        <translation>
            <numerusform>已翻譯 %n 段文字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="313"/>
        <source>Online Translation</source>
        <translation>線上翻譯</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="314"/>
        <source>With online translation on, the sentences of the documents you open that have no English yet are sent to %1 over the internet. Translations are cached on this computer, so nothing is sent twice. Dictionary glosses and bundled English never need the network.

Switch online translation on?</source>
        <translation>開啟線上翻譯後，您開啟的文件中尚無英文的句子會透過網際網路傳送到 %1。譯文會快取在這台電腦上，因此同樣的內容不會重複傳送。詞典釋義和內建英文從不需要連網。

要開啟線上翻譯嗎？</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="133"/>
        <source>No English for this document yet: online translation is off (or import a gloss file with Translate ▸ Import Glosses).</source>
        <extracomment>gloss packs and the cache: the English known without the network</extracomment>
        <translation>本文件還沒有英文：線上翻譯已關閉（也可以用「翻譯 ▸ 匯入釋義」匯入釋義檔）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="134"/>
        <source>Turn on online translation</source>
        <translation>開啟線上翻譯</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="136"/>
        <source>English is on its way: the sentences are being translated.</source>
        <translation>英文正在路上：正在翻譯各個句子。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="137"/>
        <source>Some sentences have no English yet.</source>
        <translation>有些句子還沒有英文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="137"/>
        <source>Translate the document</source>
        <translation>翻譯本文件</translation>
    </message>
</context>
<context>
    <name>TranslationPage</name>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="186"/>
        <source>Translate sentences &amp;online</source>
        <translation>線上翻譯句子(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="187"/>
        <source>Online translation</source>
        <translation>線上翻譯</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="188"/>
        <source>&amp;Provider:</source>
        <translation>服務商(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="189"/>
        <source>Translation provider</source>
        <translation>翻譯服務商</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="191"/>
        <source>LibreTranslate &amp;URL:</source>
        <translation>LibreTranslate 網址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="192"/>
        <source>LibreTranslate server URL</source>
        <translation>LibreTranslate 伺服器網址</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="193"/>
        <source>LibreTranslate</source>
        <translation>LibreTranslate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="193"/>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="193"/>
        <source>Microsoft</source>
        <translation>微軟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="195"/>
        <source>%1 API &amp;key:</source>
        <translation>%1 API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="196"/>
        <source>%1 API key</source>
        <translation>%1 API 金鑰</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="197"/>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="197"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="198"/>
        <source>Show or hide the key</source>
        <translation>顯示或隱藏金鑰</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="199"/>
        <source>T&amp;imeout:</source>
        <translation>逾時(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="200"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="201"/>
        <source>Translation timeout in seconds</source>
        <translation>翻譯逾時（秒）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="206"/>
        <source>the LibreTranslate server at the URL below</source>
        <translation>下方網址所指的 LibreTranslate 伺服器</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="208"/>
        <source>When this is on, each sentence you ask to have translated is sent over HTTPS to %1. Nothing else leaves your computer: not the file name and not the rest of the article. Translations are kept in the cache, so a sentence is sent at most once per provider. When it is off, only cached translations and the bundled glossary are used.</source>
        <translation>開啟後，您要求翻譯的每個句子會透過 HTTPS 傳送到 %1。除此之外，不會有任何內容離開您的電腦：既不傳送檔名，也不傳送文章的其餘部分。譯文會保存在快取中，因此每個句子對每個服務商最多只傳送一次。關閉時，只使用已快取的譯文和內建詞彙表。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="1"/>
        <source>When this is on, each sentence you ask to have translated is sent to your team&apos;s server at the base URL below. Nothing else leaves your computer: not the file name and not the rest of the article. Translations are kept in the cache, so a sentence is sent at most once per provider. When it is off, only cached translations and the bundled glossary are used.</source>
        <translation>開啟後，您要求翻譯的每個句子會傳送到下方基礎網址處的團隊伺服器。除此之外，不會有任何內容離開您的電腦：既不傳送檔名，也不傳送文章的其餘部分。譯文會保存在快取中，因此每個句子對每個服務商最多只傳送一次。關閉時，只使用已快取的譯文和內建詞彙表。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="1"/>
        <source>This address starts with http://, so sentences travel unencrypted: keep it inside your own network.</source>
        <translation>此網址以 http:// 開頭，句子以明文傳輸：請只在自己的內部網路中使用。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="25"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="58"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="26"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="27"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="28"/>
        <source>F&amp;acts</source>
        <translation>事實(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="29"/>
        <source>&amp;Go</source>
        <translation>移至(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="30"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="32"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="33"/>
        <source>Open a .txt, .md, .html, .pdf or .docx document</source>
        <translation>開啟 .txt、.md、.html、.pdf 或 .docx 文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="34"/>
        <source>&amp;Paste as New Document</source>
        <translation>貼上為新文件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="36"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="38"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="40"/>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="45"/>
        <source>&amp;Next Section</source>
        <translation>下一節(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="47"/>
        <source>P&amp;revious Section</source>
        <translation>上一節(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="49"/>
        <source>Go to &amp;Sections</source>
        <translation>移至章節列表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="51"/>
        <source>Go to &amp;Article</source>
        <translation>移至文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="42"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="43"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="44"/>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="53"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="55"/>
        <source>&amp;About Fact Browser</source>
        <translation>關於 Fact Browser(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="35"/>
        <source>Open the clipboard&apos;s text as a document</source>
        <translation>將剪貼簿中的文字作為文件開啟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="87"/>
        <source>Open Document</source>
        <translation>開啟文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="88"/>
        <source>Documents (%1);;All files (*)</source>
        <translation>文件 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="102"/>
        <source>No recent documents</source>
        <translation>沒有最近開啟的文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="102"/>
        <source>Clear List</source>
        <translation>清除清單</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <source>(not said)</source>
        <translation>（未註明）</translation>
    </message>
    <message>
        <source>Add to Glossary</source>
        <translation>加入術語表</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>術語(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類別(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>術語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>How the team writes it in English</source>
        <translation>團隊採用的英文寫法</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>儲存於：%1</translation>
    </message>
</context>
<context>
    <name>FactGlossary</name>
    <message>
        <source>Add to &amp;Glossary…</source>
        <translation>加入術語表(&amp;G)…</translation>
    </message>
    <message>
        <source>Select a name, or a figure with a label, to add to the glossary</source>
        <translation>請選擇一個名稱，或一個帶標籤的數字，再加入術語表</translation>
    </message>
    <message>
        <source>%1 → %2 is in the glossary</source>
        <translation>術語表已收錄 %1 → %2</translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>&amp;Use…</source>
        <translation>使用(&amp;U)…</translation>
    </message>
    <message>
        <source>Filter (either script, or English)</source>
        <translation>篩選（簡繁體皆可，或英文）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>術語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>術語表條目</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>儲存於：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) from %1</source>
        <translation>
            <numerusform>已從 %1 匯入 %n 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>略過 %n 個：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個條目匯出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>匯入術語表</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>匯出術語表</translation>
    </message>
    <message>
        <source>My Personal Glossary</source>
        <translation>我的個人術語表</translation>
    </message>
    <message>
        <source>Library File…</source>
        <translation>文庫檔案…</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>文庫 %1</translation>
    </message>
    <message>
        <source>Use a Library's Glossary</source>
        <translation>使用文庫的術語表</translation>
    </message>
</context>
<context>
    <name>Quitting</name>
    <message>
        <source>Keep Working</source>
        <translation>繼續工作</translation>
    </message>
    <message>
        <source>What is indexed so far is kept; opening the library again continues the build.</source>
        <translation>已建立索引的內容會保留；再次開啟文庫即可繼續建置。</translation>
    </message>
    <message>
        <source>Quit while this work is still running?</source>
        <translation>仍有工作在進行，要結束嗎？</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>LibraryWindowMenu</name>
    <message>
        <source>JSON Lines corpora (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines 語料 (*.jsonl *.ndjson);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Add Corpus to Library</source>
        <translation>將語料加入文庫</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>文件 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Add Document to Library</source>
        <translation>將文件加入文庫</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>將資料夾加入文庫</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>關閉視窗(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Stop Building</source>
        <translation>停止建置(&amp;S)</translation>
    </message>
    <message>
        <source>Go on from where the stopped build left off</source>
        <translation>從停止的地方繼續建置</translation>
    </message>
    <message>
        <source>&amp;Continue Building</source>
        <translation>繼續建置(&amp;C)</translation>
    </message>
    <message>
        <source>Add a JSON Lines (.jsonl) corpus to this library</source>
        <translation>將 JSON Lines (.jsonl) 語料加入此文庫</translation>
    </message>
    <message>
        <source>Add &amp;Corpus…</source>
        <translation>加入語料(&amp;C)…</translation>
    </message>
    <message>
        <source>Add one .txt, .md, .html, .pdf or .docx document</source>
        <translation>加入一份 .txt、.md、.html、.pdf 或 .docx 文件</translation>
    </message>
    <message>
        <source>Add &amp;Document…</source>
        <translation>加入文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Add every document under a folder to this library</source>
        <translation>將資料夾下的所有文件加入此文庫</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>加入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文庫(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>No such file or folder</source>
        <translation>找不到該檔案或資料夾</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>沒有存取權限</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>The disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <source>This is a folder, not a file</source>
        <translation>這是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>A part of the path is not a folder</source>
        <translation>路徑中的某一部分不是資料夾</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>檔案已存在</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The computer ran out of memory</source>
        <translation>電腦記憶體不足</translation>
    </message>
    <message>
        <source>an entry it looked for (%1) was missing</source>
        <translation>找不到所需的項目（%1）</translation>
    </message>
    <message>
        <source>An internal error without a message</source>
        <translation>發生了沒有說明的內部錯誤</translation>
    </message>
    <message numerus="yes">
        <source>Something Went Wrong (%n times)</source>
        <translation>
            <numerusform>發生錯誤（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <source>To report the problem, copy the details into your report.</source>
        <translation>如需回報此問題，請將詳細資訊複製到回報中。</translation>
    </message>
    <message>
        <source>No log file could be written; copy the details to keep them.</source>
        <translation>無法寫入記錄檔；請複製詳細資訊以便保留。</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>詳細資訊在記錄檔 %1 中。</translation>
    </message>
    <message>
        <source>Something went wrong: %1. Your document is unchanged and you can go on working.</source>
        <translation>發生錯誤：%1。您的文件沒有改變，可以繼續工作。</translation>
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation>發生錯誤</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>The chart could not be written to %1: %2</source>
        <translation>無法將圖表寫入 %1：%2</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 影像 (*.png);;SVG 圖形 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1: %2</source>
        <translation>無法將比較寫入 %1：%2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;JSON (*.json)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>匯出比較</translation>
    </message>
    <message>
        <source>Copy or export the comparison, or save its chart</source>
        <translation>複製或匯出比較，或儲存其圖表</translation>
    </message>
    <message>
        <source>Take Away</source>
        <translation>帶走</translation>
    </message>
    <message>
        <source>&amp;Open the Document at This Figure</source>
        <translation>在此數字處開啟文件(&amp;O)</translation>
    </message>
    <message>
        <source>Save C&amp;hart as PNG or SVG…</source>
        <translation>將圖表存為 PNG 或 SVG(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation>匯出比較(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Rows with Their Sources</source>
        <translation>複製各列及其出處(&amp;C)</translation>
    </message>
</context>
</TS>
