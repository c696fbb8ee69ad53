<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="29"/>
        <source>Chinese–English dictionary, by MDBG and its contributors</source>
        <translation>汉英词典，由 MDBG 及其贡献者编写</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="32"/>
        <source>Conversion between Simplified and Traditional Chinese</source>
        <translation>简繁中文转换</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="35"/>
        <source>Cross-platform application framework</source>
        <translation>跨平台应用程序框架</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="37"/>
        <source>Qt for Python</source>
        <translation>Qt 的 Python 绑定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="39"/>
        <source>Chinese word segmentation</source>
        <translation>中文分词</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="41"/>
        <source>Pinyin for Chinese characters</source>
        <translation>汉字拼音</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="44"/>
        <source>Clients for online translation services</source>
        <translation>在线翻译服务客户端</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="47"/>
        <source>Chinese numerals to Arabic numbers</source>
        <translation>中文数字转阿拉伯数字</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="110"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="112"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="113"/>
        <source>Read Chinese articles bilingually and pull the facts out of them.</source>
        <translation>中英对照阅读中文文章，并提取其中的事实。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="114"/>
        <source>Free software under the %1 licence.</source>
        <translation>本软件为自由软件，采用 %1 许可证。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="118"/>
        <source>Licences, attributions and paths</source>
        <translation>许可证、致谢与路径</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="132"/>
        <source>Cache (dictionary index, translations)</source>
        <translation>缓存（词典索引、译文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="133"/>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="134"/>
        <source>Interface translations</source>
        <translation>界面翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="138"/>
        <source>The glosses shown in the reader come from CC-CEDICT and may be shared under its licence, CC BY-SA 4.0.</source>
        <translation>阅读器中显示的释义来自 CC-CEDICT，可按其许可证 CC BY-SA 4.0 共享。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="140"/>
        <source>Data and libraries</source>
        <translation>数据与程序库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="141"/>
        <source>Where your data lives</source>
        <translation>数据存放位置</translation>
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
        <translation>缓存文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="273"/>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="274"/>
        <source>Open the cache folder</source>
        <translation>打开缓存文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="275"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="276"/>
        <source>Cache size</source>
        <translation>缓存大小</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="277"/>
        <source>C&amp;lear Cache…</source>
        <translation>清除缓存(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="278"/>
        <source>Clear the cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="279"/>
        <source>The cache holds the dictionary index and translations fetched online. Clearing it is safe: the index is rebuilt when needed, but translations must be fetched again.</source>
        <translation>缓存中保存词典索引和在线获取的译文。清除缓存是安全的：索引会在需要时重建，但译文需要重新在线获取。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="286"/>
        <source>Clear Cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="287"/>
        <source>Delete the dictionary index and all cached translations?

Translations will have to be fetched online again.</source>
        <translation>删除词典索引和所有已缓存的译文吗？

译文将需要重新在线获取。</translation>
    </message>
</context>
<context>
    <name>ChatServerRows</name>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Connected: %1 translated a test sentence in %2 s with its figures kept (“%3”).</source>
        <translation>已连接：%1 在 %2 秒内译出测试句，数字无误（“%3”）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>%1 answered, but not with a usable translation of the test sentence (its lines or figures did not match): try another model.</source>
        <translation>%1 有回应，但测试句的译文不可用（行或数字对不上）：请换一个模型。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Server &amp;base URL:</source>
        <translation>服务器基础网址(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Server API &amp;key:</source>
        <translation>服务器 API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Translation server base URL</source>
        <translation>翻译服务器基础网址</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>An OpenAI-compatible server: Ollama http://host:11434/v1, llama.cpp or vLLM http://host:8080</source>
        <translation>兼容 OpenAI 的服务器：Ollama 填 http://host:11434/v1，llama.cpp 或 vLLM 填 http://host:8080</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Model name on the translation server</source>
        <translation>翻译服务器上的模型名称</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Translation server API key</source>
        <translation>翻译服务器 API 密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Remember the key in the system keyring (never in the settings)</source>
        <translation>在系统密钥环中记住密钥（绝不写入设置）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>No system keyring here: the key is kept for this session only, never in the settings</source>
        <translation>本机没有系统密钥环：密钥只保留到本次会话结束，绝不写入设置</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Remember the server API key</source>
        <translation>记住服务器 API 密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Te&amp;st Connection</source>
        <translation>测试连接(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Test the connection to the translation server</source>
        <translation>测试与翻译服务器的连接</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/chat_server.py" line="1"/>
        <source>Sends one test sentence to the server and says what came back</source>
        <translation>向服务器发送一个测试句，并显示返回结果</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="110"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Every figure</source>
        <translation>全部数字</translation>
    </message>
    <message>
        <source>Target and outcome by year</source>
        <translation>按年份的目标与实际</translation>
    </message>
    <message>
        <source>A measure: 国内生产总值增长, 國防預算, GDP growth target, CPI; A | B for either</source>
        <translation>指标：国内生产总值增长、國防預算、GDP growth target、CPI；A | B 表示任一</translation>
    </message>
    <message>
        <source>looked for: %1</source>
        <translation>查找：%1</translation>
    </message>
    <message>
        <source>%1 documents · %2 years with a target · %3 with an outcome · %4</source>
        <translation>%1 篇文档 · %2 年有目标 · %3 年有实际值 · %4</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>level or share</source>
        <translation>水平或占比</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="62"/>
        <source>No document states a figure for “%1”.</source>
        <extracomment>kinds a measure can be compared in (&quot;&quot; = the kind most matches have)</extracomment>
        <translation>没有文档给出“%1”的数字。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="66"/>
        <source>%1 documents · %2 targets · %3</source>
        <translation>%1 篇文档 · %2 个目标 · %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="71"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="71"/>
        <source>result</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="77"/>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="79"/>
        <source>A measure: label words such as 国内生产总值 增长 or 國防預算; A | B for either</source>
        <translation>指标：标签词，如 国内生产总值 增长 或 國防預算；A | B 表示任一</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="80"/>
        <source>Targets only</source>
        <translation>仅目标</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/compare_tab.py" line="81"/>
        <source>Compare</source>
        <translation>比较</translation>
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
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="92"/>
        <source>&amp;Chinese font:</source>
        <translation>中文字体(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="92"/>
        <source>&amp;English font:</source>
        <translation>英文字体(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="93"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="93"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="94"/>
        <source>Hover &amp;gloss delay:</source>
        <translation>悬停释义延迟(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="97"/>
        <source>Taiwan &amp;phrases (rewrites vocabulary, e.g. 软件 → 軟體)</source>
        <translation>台湾用语(&amp;P)（改写词汇，如 软件 → 軟體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="101"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="102"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="103"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="104"/>
        <source>Display script</source>
        <translation>显示字形</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="104"/>
        <source>Taiwan phrases</source>
        <translation>台湾用语</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="105"/>
        <source>View mode</source>
        <translation>视图模式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="105"/>
        <source>Chinese font family</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="106"/>
        <source>Chinese font size</source>
        <translation>中文字号</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="106"/>
        <source>English font family</source>
        <translation>英文字体</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="107"/>
        <source>English font size</source>
        <translation>英文字号</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="107"/>
        <source>Colour theme</source>
        <translation>配色主题</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="108"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="108"/>
        <source>Hover gloss delay</source>
        <translation>悬停释义延迟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="111"/>
        <source>How long the pointer rests on a word before its dictionary entry shows</source>
        <translation>指针在词语上停留多久后显示词典条目</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="112"/>
        <source>Takes effect at once; language names are shown in their own language</source>
        <translation>立即生效；语言名称以该语言本身显示</translation>
    </message>
</context>
<context>
    <name>EnglishSources</name>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="121"/>
        <source>There is no English to export yet.</source>
        <translation>还没有可导出的英文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="126"/>
        <source>Export Glosses</source>
        <translation>导出释义</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="127"/>
        <location filename="../desktop/ui/english/sources.py" line="140"/>
        <source>Gloss packs (*.json)</source>
        <translation>释义包 (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="133"/>
        <source>The glosses could not be saved: %1</source>
        <translation>无法保存释义：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="135"/>
        <source>Exported English for %n text(s)</source>
        <translation>
            <numerusform>已导出 %n 段文本的英文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="139"/>
        <source>Import Glosses</source>
        <translation>导入释义</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="185"/>
        <source>Removed %n cached translation(s)</source>
        <translation>
            <numerusform>已删除 %n 条缓存的译文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="167"/>
        <source>Clear Cached English</source>
        <translation>清除英文缓存</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="168"/>
        <source>Remove every cached translation (%1 MB)? Gloss packs are kept.</source>
        <translation>删除所有缓存的译文（%1 MB）吗？释义包会保留。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/sources.py" line="78"/>
        <source>Cached English could not be read: %1</source>
        <extracomment>gloss packs were imported or cached English was removed: the English known has to be read again the open document&apos;s gloss packs: the one beside its file, the bundled ones, the imported ones</extracomment>
        <translation>无法读取缓存的英文：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="81"/>
        <source>English for %n text(s) is cached from %1</source>
        <translation>
            <numerusform>%n 段文字的英文来自 %1 的缓存</numerusform>
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
        <translation>仅数值</translation>
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
        <translation>复制事实(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="41"/>
        <source>Copy &amp;Cell</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="47"/>
        <source>&amp;Export Facts…</source>
        <translation>导出事实(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="54"/>
        <source>Copy &amp;As</source>
        <extracomment>Copy ► As …: one entry per format, in COPY_AS order</extracomment>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="43"/>
        <source>Copy Adds the &amp;Original Script</source>
        <translation>复制时附上原文字形(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="45"/>
        <source>Copy Adds the English &amp;Label</source>
        <translation>复制时附上英文说明(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="110"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="110"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="110"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="115"/>
        <source>Fact (original)</source>
        <translation>事实（原文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="136"/>
        <location filename="../desktop/ui/facts/fact_copy.py" line="145"/>
        <source>Select facts to copy</source>
        <translation>请选择要复制的事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="162"/>
        <source>Copied cell</source>
        <translation>已复制单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/facts/fact_copy.py" line="165"/>
        <source>Copied %n fact(s)</source>
        <translation>
            <numerusform>已复制 %n 条事实</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="170"/>
        <source>There are no facts to export.</source>
        <translation>没有可导出的事实。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="177"/>
        <source>Export Facts</source>
        <translation>导出事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="202"/>
        <source>Replace File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/fact_copy.py" line="203"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/facts/fact_copy.py" line="211"/>
        <source>Exported %n fact(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条事实导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactKind</name>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="7"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="8"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="9"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="10"/>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="11"/>
        <source>Multiple</source>
        <translation>倍数</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="16"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/kinds.py" line="17"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="26"/>
        <source>Document</source>
        <translation>文档</translation>
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
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="45"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="46"/>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="47"/>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="48"/>
        <source>result</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="49"/>
        <source>base</source>
        <translation>对比基数</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="52"/>
        <source>An outcome aimed at (预期目标, 力争, 左右 in a target list)</source>
        <translation>追求的结果（预期目标、力争、目标中的“左右”）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="53"/>
        <source>What will be spent or done (拟安排, 预算, 编列)</source>
        <translation>将要支出或实施的（拟安排、预算、编列）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="54"/>
        <source>An expectation (预计, 预估, 可望)</source>
        <translation>预期（预计、预估、可望）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="55"/>
        <source>What happened or holds</source>
        <translation>已经发生或现有的情况</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="56"/>
        <source>The earlier side of a comparison (比…的, 由…增加到)</source>
        <translation>比较中的基数一方（比…的、由…增加到）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="225"/>
        <source>From: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="29"/>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="30"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="31"/>
        <source>Measures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="32"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="34"/>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="35"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="36"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/fact_table.py" line="230"/>
        <source>Relative to the document&apos;s year (Y), which is not known: set the document date below.</source>
        <extracomment>column widths at their default proportions (px); :meth:`FactsPanel.fit_columns` scales them to the table</extracomment>
        <translation>相对于文档年份（Y），而该年份未知：请在下方设置文档日期。</translation>
    </message>
</context>
<context>
    <name>FactsController</name>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="108"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="109"/>
        <source>&amp;Facts Panel</source>
        <translation>事实面板(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="18"/>
        <source>Go to Facts &amp;Table</source>
        <translation>转到事实表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="192"/>
        <source>“%1” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>“%1”不是日期：请使用 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/controller.py" line="201"/>
        <source>Facts could not be extracted: %1</source>
        <translation>无法提取事实：%1</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The current fact&apos;s hidden columns</source>
        <translation>当前事实的隐藏列</translation>
    </message>
    <message>
        <source>Columns That Fit</source>
        <translation>适合宽度的列</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="27"/>
        <source>All kinds</source>
        <extracomment>pause in typing before the text filter applies (ms) kind filter choices: (label, kinds or None for all)</extracomment>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="28"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="29"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="30"/>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="31"/>
        <source>Quantities</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="32"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="33"/>
        <source>Names</source>
        <translation>专有名词</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="34"/>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="234"/>
        <source>Kind of fact</source>
        <extracomment>the text filter changed; the facts controller answers with a matcher (script-blind search) the user typed a document date (Enter or leaving the field); &quot;&quot; clears it the user stopped the model (names and labels) on a long document</extracomment>
        <translation>事实类型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="235"/>
        <source>Filter facts (any script, pinyin)</source>
        <translation>筛选事实（简繁、拼音均可）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="236"/>
        <source>Filter facts</source>
        <translation>筛选事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="237"/>
        <source>This section only</source>
        <translation>仅限本节</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="238"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="239"/>
        <source>Document &amp;date:</source>
        <translation>文档日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="240"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="241"/>
        <source>Document date</source>
        <translation>文档日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="242"/>
        <source>The date 今年, 去年, 本月 and 今（5）日 are read against. Clear it to use the document&apos;s own.</source>
        <translation>“今年”“去年”“本月”“今（5）日”据此日期解读。清空即使用文档自身的日期。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="243"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="250"/>
        <source>Finding names and labels…</source>
        <translation>正在识别名称和指标…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="252"/>
        <source>Names and labels stopped: figures and dates only</source>
        <translation>已停止识别名称和指标：仅有数字和日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="254"/>
        <source>from the dateline</source>
        <translation>取自电头</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="255"/>
        <source>from the title</source>
        <translation>取自标题</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="256"/>
        <source>from the file&apos;s date field</source>
        <translation>取自文件的日期字段</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="257"/>
        <source>set by you</source>
        <translation>由你设置</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="258"/>
        <source>given on opening</source>
        <translation>打开时给定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="263"/>
        <source>not known: relative dates show Y (this year), Y−1 …</source>
        <translation>未知：相对日期显示为 Y（今年）、Y−1 …</translation>
    </message>
    <message>
        <location filename="../desktop/ui/facts/panel.py" line="320"/>
        <source>%1 of %2 facts</source>
        <translation>%1 / %2 条事实</translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="76"/>
        <location filename="../desktop/ui/library/facts_tab.py" line="84"/>
        <source>Export Facts</source>
        <translation>导出事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="77"/>
        <source>CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="92"/>
        <source>Measure (label words)</source>
        <translation>指标（标签词）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="93"/>
        <source>Filter documents, facts, labels</source>
        <translation>筛选文档、事实、标签</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="114"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="115"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="94"/>
        <source>Value from</source>
        <translation>数值从</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="95"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="96"/>
        <source>Compare Across Documents</source>
        <translation>跨文档比较</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="114"/>
        <source>The same measure in every document, as a table and a chart</source>
        <translation>同一指标在每篇文档中的数值，以表格和图表显示</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="115"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="106"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="107"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="153"/>
        <source>%1 of %2 facts</source>
        <translation>%2 条事实中的 %1 条</translation>
    </message>
</context>
<context>
    <name>FigureFlags</name>
    <message numerus="yes">
        <location filename="../desktop/ui/english/figure_flags.py" line="53"/>
        <source>%n sentence(s) whose English changes a figure are underlined</source>
        <translation>
            <numerusform>有 %n 个句子的英文改动了数字，已加下划线标出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/figure_flags.py" line="56"/>
        <source>The figures in the English could not be checked: %1</source>
        <translation>英文中的数字无法检查：%1</translation>
    </message>
</context>
<context>
    <name>GlossController</name>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="48"/>
        <source>Copied gloss</source>
        <translation>已复制释义</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="17"/>
        <source>Look Up &amp;Word at Cursor</source>
        <translation>查询光标处的词语(&amp;W)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="15"/>
        <source>Show &amp;Pinyin for the Current Sentence</source>
        <translation>显示当前句子的拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="62"/>
        <source>Pinyin of the current sentence</source>
        <translation>当前句子的拼音</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="81"/>
        <source>The dictionary could not be prepared: %1</source>
        <translation>无法准备词典：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/controller.py" line="135"/>
        <source>No dictionary entry here</source>
        <translation>此处没有词典条目</translation>
    </message>
    <message>
        <source>Add Word at Cursor to &amp;Glossary…</source>
        <translation>将光标处的词加入术语表(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>术语表(&amp;G)…</translation>
    </message>
    <message>
        <source>Select the words to add to the glossary</source>
        <translation>请选中要加入术语表的词语</translation>
    </message>
    <message>
        <source>%1 → %2 is in the glossary</source>
        <translation>术语表已收录 %1 → %2</translation>
    </message>
</context>
<context>
    <name>GlossPopup</name>
    <message>
        <location filename="../desktop/ui/glossary/popup.py" line="84"/>
        <source>Copy Gloss</source>
        <translation>复制释义</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/popup.py" line="85"/>
        <source>Copy gloss</source>
        <translation>复制释义</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary/popup.py" line="86"/>
        <source>Dictionary entry</source>
        <translation>词典条目</translation>
    </message>
    <message>
        <source>Add to Glossary…</source>
        <translation>加入术语表…</translation>
    </message>
    <message>
        <source>Team glossary</source>
        <translation>团队术语表</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../desktop/ui/services/i18n.py" line="185"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/i18n.py" line="187"/>
        <source>Follow the operating system&apos;s language</source>
        <translation>使用操作系统的语言</translation>
    </message>
</context>
<context>
    <name>LibraryBuild</name>
    <message>
        <location filename="../desktop/ui/library/build.py" line="76"/>
        <source>The build was stopped; the documents indexed so far are kept and the next build continues.</source>
        <translation>已停止建立索引；已索引的文档会保留，下次建立时从这里继续。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/build.py" line="85"/>
        <source>Building the library failed (exit status %1).</source>
        <translation>建立文库失败（退出状态 %1）。</translation>
    </message>
</context>
<context>
    <name>LibraryFacts</name>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="14"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="15"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="16"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="17"/>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="18"/>
        <source>Quantities</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="19"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="20"/>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/facts_tab.py" line="21"/>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="21"/>
        <source>Open &amp;Library…</source>
        <translation>打开文库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="23"/>
        <source>Open a JSON Lines corpus or a library file as a library of documents</source>
        <translation>将 JSON Lines 语料或文库文件作为文档库打开</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="24"/>
        <source>Open &amp;Folder as Library…</source>
        <translation>将文件夹作为文库打开(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="26"/>
        <source>Every .txt, .md, .html, .pdf and .docx file under a folder, as one library</source>
        <translation>文件夹中所有 .txt、.md、.html、.pdf 和 .docx 文件，合为一个文库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="27"/>
        <source>Open &amp;Server Library…</source>
        <translation>打开服务器上的文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="29"/>
        <source>A library a team shares on a PostgreSQL server</source>
        <translation>团队在 PostgreSQL 服务器上共享的文库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="31"/>
        <source>Recent Li&amp;braries</source>
        <translation>最近的文库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="90"/>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="92"/>
        <source>Corpora and libraries (*.jsonl *.ndjson *.sqlite);;All files (*)</source>
        <translation>语料和文库 (*.jsonl *.ndjson *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="98"/>
        <source>Open Folder as Library</source>
        <translation>将文件夹作为文库打开</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="124"/>
        <source>No recent libraries</source>
        <translation>没有最近的文库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/menu.py" line="124"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>LibraryMessages</name>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="14"/>
        <source>The library “%1” is damaged (%2).</source>
        <extracomment>library errors by kind (see desktop/core/library/errors.py); %1 is the library&apos;s name</extracomment>
        <translation>文库“%1”已损坏（%2）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="15"/>
        <source>The library “%1” was made by %2 (library format %3); this version reads formats up to %4. Open it with a newer Fact Browser; it was left unchanged.</source>
        <translation>文库“%1”由 %2 创建（文库格式 %3）；本版本只能读取格式 %4 及更早的格式。请用更新版本的 Fact Browser 打开；该文库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="16"/>
        <source>The library “%1” was made by %2 (library format %3); this version (format %4) can read it but not change it, so it is open read-only.</source>
        <translation>文库“%1”由 %2 创建（文库格式 %3）；本版本（格式 %4）可以读取但不能修改它，因此以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="17"/>
        <source>The library “%1” cannot be changed: %2.</source>
        <translation>文库“%1”无法修改：%2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="18"/>
        <source>The disk is full; %1 documents were indexed and kept; free space and run again to continue.</source>
        <translation>磁盘已满；已索引并保留 %1 篇文档；请释放空间后再次运行以继续。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="19"/>
        <source>There is no library at “%1”.</source>
        <translation>“%1”处没有文库。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="20"/>
        <source>“%1” is not a library Fact Browser can open.</source>
        <translation>“%1”不是 Fact Browser 能打开的文库。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="21"/>
        <source>The library “%1” cannot be opened: %2.</source>
        <translation>无法打开文库“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="22"/>
        <source>The library “%1” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>文库“%1”正忙：另一个程序正在写入。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="40"/>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="50"/>
        <source>Damaged Library</source>
        <translation>文库已损坏</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="53"/>
        <source>Fact Browser can build it again from %1. The damaged file is kept beside it, renamed with today&apos;s date.</source>
        <translation>Fact Browser 可以根据 %1 重新建立它。损坏的文件会保留在旁边，并以今天的日期重新命名。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="55"/>
        <source>Rebuild</source>
        <translation>重新建立</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="57"/>
        <source>It does not say which folder or corpus it was built from. Choose it to build the library again; the damaged file is kept beside it, renamed with today&apos;s date.</source>
        <translation>无法得知它是根据哪个文件夹或语料建立的。请选择该来源以重新建立文库；损坏的文件会保留在旁边，并以今天的日期重新命名。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="59"/>
        <source>Choose Source…</source>
        <translation>选择来源…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/recovery.py" line="66"/>
        <source>Folder the Library Was Built From</source>
        <translation>建立文库所用的文件夹</translation>
    </message>
</context>
<context>
    <name>LibraryModels</name>
    <message>
        <source>Outcome from</source>
        <translation>实际值出处</translation>
    </message>
    <message>
        <source>Target from</source>
        <translation>目标出处</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>over several years</source>
        <translation>跨多年</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="93"/>
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="96"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="97"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="118"/>
        <location filename="../desktop/ui/library/models.py" line="165"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="121"/>
        <location filename="../desktop/ui/library/models.py" line="170"/>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="122"/>
        <location filename="../desktop/ui/library/models.py" line="168"/>
        <source>Value</source>
        <translation>数值</translation>
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
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="167"/>
        <source>Stated as</source>
        <translation>表述为</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="169"/>
        <source>Marked by</source>
        <translation>标志词</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="174"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/models.py" line="174"/>
        <source>result</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Go on indexing from where the build stopped</source>
        <translation>从构建停止的地方继续建立索引</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>The library “%1” is still being built.</source>
        <translation>文库“%1”仍在构建中。</translation>
    </message>
    <message>
        <source>%1 will be added once the current build ends.</source>
        <translation>当前构建结束后将添加 %1。</translation>
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
        <translation>文库：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="145"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="147"/>
        <source>Filter by title, date or source (either script)</source>
        <translation>按标题、日期或来源筛选（简繁皆可）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="148"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="149"/>
        <source>Stop indexing; what is indexed stays and the next build continues</source>
        <translation>停止索引；已索引的内容会保留，下次继续</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="212"/>
        <source>Reading the facts of every document…</source>
        <translation>正在读取所有文档的事实…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="230"/>
        <source>Indexing: %1</source>
        <translation>正在索引：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="240"/>
        <source>Indexed in %1 s: %2 new, %3 updated, %4 unchanged, %5 could not be read.</source>
        <translation>索引用时 %1 秒：新增 %2，更新 %3，未变 %4，无法读取 %5。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="262"/>
        <source>%1 documents · %2 facts</source>
        <translation>%1 篇文档 · %2 条事实</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/library/window.py" line="265"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 个无法读取</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="269"/>
        <source>Files that could not be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/window.py" line="270"/>
        <source>These were left out; every other document is in the library.</source>
        <translation>这些文件未收入；其余文档都已在文库中。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="156"/>
        <source>Opening %1…</source>
        <extracomment>the narrowest the reader gets, in CJK character widths the reader painted for the first time (start-up work held back for it may run now) emitted after a failed open, with the message shown to the user the file being read in a worker (the latest asked for) every action by id (the window&apos;s and each feature&apos;s), for the shortcuts dialog and tests ``--screenshot`` without ``--settle`` saves the first paint and exits: no background work False for a one-shot render (``--screenshot``): the user&apos;s recent files, window geometry and reading positions are left as they were</extracomment>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="186"/>
        <source>The pasted text is open but no copy could be kept: %1</source>
        <translation>已打开粘贴的文本，但无法保存副本：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="215"/>
        <source>The settings file could not be read; it was moved to %1 and the defaults are used.</source>
        <translation>无法读取设置文件；已将其移至 %1，现使用默认设置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="221"/>
        <source>%n setting(s) had a value out of range and now use the default: %1</source>
        <translation>
            <numerusform>%n 项设置的值超出范围，现使用默认值：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="315"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="343"/>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="363"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n 个章节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="368"/>
        <source>%n byte(s) of this file could not be decoded and show as �.</source>
        <translation>
            <numerusform>此文件有 %n 个字节无法解码，显示为 �。</numerusform>
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
        <translation>出错了（%1）。文档没有改动；详细信息见控制台。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="21"/>
        <source>No document open</source>
        <translation>没有打开的文档</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="22"/>
        <source>Open a document…</source>
        <translation>打开文档…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="23"/>
        <source>Paste text as a new document</source>
        <translation>将文本粘贴为新文档</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/empty_state.py" line="24"/>
        <source>Recent documents:</source>
        <translation>最近的文档：</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../desktop/ui/shell/message_banner.py" line="21"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/message_banner.py" line="30"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/message_banner.py" line="31"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>%n byte(s) of this file could not be decoded and show as �, in paragraph %1.</source>
        <translation>
            <numerusform>此文件有 %n 个字节无法解码，显示为 �，位于第 %1 段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>%n byte(s) of this file could not be decoded and show as �, in paragraphs %1.</source>
        <translation>
            <numerusform>此文件有 %n 个字节无法解码，显示为 �，位于第 %1 段。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>Paragraph %1 of this file is in %2, not UTF-8, and was read as such.</source>
        <translation>此文件第 %1 段是 %2 编码而非 UTF-8，已按 %2 读取。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>Paragraphs %1 of this file are in %2, not UTF-8, and were read as such.</source>
        <translation>此文件第 %1 段是 %2 编码而非 UTF-8，已按 %2 读取。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="24"/>
        <source>The document holds only headings (“%1”) and no text under them.</source>
        <translation>文档只有标题（“%1”），标题下没有正文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="12"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="13"/>
        <source>“%1” cannot be read: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="14"/>
        <source>“%1” is a folder, not a document.</source>
        <translation>“%1”是文件夹，不是文档。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="15"/>
        <source>“%1” is not a regular file (a pipe, socket or device), so it is not a document.</source>
        <translation>“%1”不是普通文件（而是管道、套接字或设备），不能作为文档打开。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="16"/>
        <source>“%1” is %2 MB; the largest document Fact Browser opens is %3 MB.</source>
        <translation>“%1”有 %2 MB；Fact Browser 最多只能打开 %3 MB 的文档。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="17"/>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="18"/>
        <source>“%1” starts with a %2 byte-order mark but is not valid %2.</source>
        <translation>“%1”以 %2 字节顺序标记开头，但内容不是有效的 %2。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="19"/>
        <source>“%1” is not text Fact Browser can read (it looks like a binary file).</source>
        <translation>“%1”不是 Fact Browser 能读取的文本（看起来是二进制文件）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="20"/>
        <source>“%1” could not be decoded: too many characters are unreadable in every encoding tried.</source>
        <translation>无法解码“%1”：尝试过的每种编码都有太多无法识别的字符。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="21"/>
        <source>The pasted text is %1 MB; the largest document Fact Browser opens is %2 MB.</source>
        <translation>粘贴的文字有 %1 MB；Fact Browser 能打开的文档最大为 %2 MB。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="22"/>
        <source>There is no text to open: the clipboard is empty.</source>
        <translation>没有可打开的文本：剪贴板是空的。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="23"/>
        <source>The document has no readable text.</source>
        <translation>文档中没有可读的文本。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="25"/>
        <source>“%1” has no text layer (it looks like a scanned image); Fact Browser reads PDFs that contain text, not pictures of text. Run it through OCR first.</source>
        <translation>“%1”没有文字层（看起来是扫描图像）；Fact Browser 只能读取含文字的 PDF，不能读取文字的图片。请先进行 OCR 识别。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="26"/>
        <source>“%1” cannot be opened as a PDF: it is damaged or not a PDF.</source>
        <translation>无法以 PDF 打开“%1”：文件已损坏或不是 PDF。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="27"/>
        <source>“%1” is protected by a password; open it in a PDF viewer and save a copy without one.</source>
        <translation>“%1”受密码保护；请在 PDF 阅读器中打开并另存一份无密码的副本。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="28"/>
        <source>“%1” cannot be opened as a Word document: it is damaged or not a .docx file.</source>
        <translation>无法以 Word 文档打开“%1”：文件已损坏或不是 .docx 文件。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” holds more than %2 million characters of text, more than Fact Browser opens; split it into smaller documents.</source>
        <translation>“%1”包含超过 %2 百万个字符的文本，超出 Fact Browser 能打开的上限；请把它拆成较小的文档。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” is damaged: its pages cannot be read.</source>
        <translation>“%1”已损坏：无法读取其页面。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” unpacks to far more text or drawing than a document Fact Browser opens; it was refused unread.</source>
        <translation>“%1”解压后的文本或绘图远超 Fact Browser 能打开的文档；未读取即已拒绝。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” has %2 pages; the most Fact Browser reads is %3.</source>
        <translation>“%1”有 %2 页；Fact Browser 最多读取 %3 页。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” is protected by a password; open it in Word or LibreOffice and save a copy without one.</source>
        <translation>“%1”受密码保护；请在 Word 或 LibreOffice 中打开并另存一份无密码的副本。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” is an older Word document (.doc) or another Office file, not a .docx; save it as .docx in Word or LibreOffice.</source>
        <translation>“%1”是旧版 Word 文档（.doc）或其他 Office 文件，不是 .docx；请在 Word 或 LibreOffice 中另存为 .docx。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>“%1” would unpack to %2 MB, far more than a document Fact Browser opens; it was refused without being unpacked.</source>
        <translation>“%1”解压后将达 %2 MB，远超 Fact Browser 能打开的文档；未解压即已拒绝。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="33"/>
        <source>Could not reach %1: there is no network connection or the server is down. English already saved still shows.</source>
        <extracomment>translation failures by kind; %1 is the provider&apos;s name</extracomment>
        <translation>无法连接 %1：没有网络连接或服务器已停止。已保存的英文仍会显示。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="34"/>
        <source>%1 did not answer in time. Try again, or pick another provider.</source>
        <translation>%1 未及时响应。请重试，或换一个翻译服务。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="35"/>
        <source>%1 is refusing requests for now (too many requests or quota used up). Try again later.</source>
        <translation>%1 暂时拒绝请求（请求过多或额度已用完）。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="36"/>
        <source>%1 had a server error. Try again later.</source>
        <translation>%1 服务器出错。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="37"/>
        <source>%1 needs a valid API key. Set it in Preferences ▸ Translation.</source>
        <translation>%1 需要有效的 API 密钥。请在“首选项 ▸ 翻译”中设置。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="38"/>
        <source>%1 sent back something that is not a translation for some sentences; they stay untranslated.</source>
        <translation>%1 对部分句子返回的不是译文；这些句子保持未翻译。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="39"/>
        <source>%1 refused a request as too long.</source>
        <translation>%1 以过长为由拒绝了请求。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/messages.py" line="1"/>
        <source>%1 has no model of that name, or is not an OpenAI-compatible server: check the base URL and the model in Preferences ▸ Translation.</source>
        <translation>%1 上没有这个名称的模型，或者它不是兼容 OpenAI 的服务器：请在“偏好设置 ▸ 翻译”中检查基础网址和模型。</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="18"/>
        <source>As written (no conversion)</source>
        <translation>原文（不转换）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="19"/>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="20"/>
        <source>Traditional (繁體, OpenCC standard)</source>
        <translation>繁体（繁體，OpenCC 标准）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="21"/>
        <source>Traditional, Taiwan (臺灣正體)</source>
        <translation>繁体，台湾（臺灣正體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="22"/>
        <source>Traditional, Hong Kong (香港繁體)</source>
        <translation>繁体，香港（香港繁體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="25"/>
        <source>&amp;Chinese Only</source>
        <translation>仅中文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="26"/>
        <source>English &amp;Under Each Paragraph</source>
        <translation>每段下方附英文(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="27"/>
        <source>&amp;Side by Side</source>
        <translation>中英并排(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="28"/>
        <source>&amp;English Only</source>
        <translation>仅英文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="31"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../desktop/ui/services/modes.py" line="32"/>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="20"/>
        <source>Google Translate (no key needed)</source>
        <translation>Google 翻译（无需密钥）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="21"/>
        <source>MyMemory (no key, daily limit)</source>
        <translation>MyMemory（无需密钥，每日限额）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="22"/>
        <source>LibreTranslate (a server you choose)</source>
        <translation>LibreTranslate（自选服务器）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="23"/>
        <source>DeepL (API key)</source>
        <translation>DeepL（需 API 密钥）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="24"/>
        <source>Microsoft Translator (API key)</source>
        <translation>微软翻译（需 API 密钥）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/fields.py" line="95"/>
        <source>Default</source>
        <extracomment>the catalogs&apos; context of every Preferences string (pages and fields alike)</extracomment>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="1"/>
        <source>Your team&apos;s server (OpenAI-compatible: llama.cpp, Ollama, vLLM)</source>
        <translation>团队自己的服务器（兼容 OpenAI：llama.cpp、Ollama、vLLM）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="102"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="103"/>
        <source>&amp;Display</source>
        <translation>显示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="104"/>
        <source>&amp;Translation</source>
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="105"/>
        <source>&amp;Cache</source>
        <translation>缓存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="106"/>
        <source>Preference pages</source>
        <translation>首选项页面</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/dialog.py" line="108"/>
        <source>Reset this page to the defaults (saved when you press Apply or OK)</source>
        <translation>将本页恢复为默认值（按“应用”或“确定”后保存）</translation>
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
        <translation>使用台湾用语(&amp;P)（改写词汇：软件 → 軟體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="29"/>
        <source>Next S&amp;cript</source>
        <translation>下一种字形(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="90"/>
        <source>Display script (Ctrl+Shift+T)</source>
        <translation>显示字形 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="91"/>
        <source>Display script</source>
        <translation>显示字形</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="128"/>
        <source>Converting the script…</source>
        <translation>正在转换字形…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/script/controller.py" line="181"/>
        <source>The script could not be converted: %1</source>
        <translation>无法转换字形：%1</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="135"/>
        <source>Search: 简/繁, pinyin or English (Ctrl+F)</source>
        <extracomment>longer documents build their index and run queries in a worker hits listed at most for big documents (the count still says how many there are)</extracomment>
        <translation>搜索：简/繁、拼音或英文 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="136"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="137"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="138"/>
        <source>Whole words (Latin letters and digits)</source>
        <translation>全词匹配（拉丁字母和数字）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="139"/>
        <source>Hits only</source>
        <translation>仅显示命中</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="140"/>
        <source>List only sections with hits</source>
        <translation>仅列出有命中结果的章节</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="141"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="142"/>
        <source>Search &amp;Results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="16"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="18"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="20"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="195"/>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="207"/>
        <source>Search is unavailable: %1</source>
        <translation>搜索不可用：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="317"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
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
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/controller.py" line="325"/>
        <source>(%1 in the title)</source>
        <translation>（标题中 %1 处）</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../desktop/ui/search/results.py" line="76"/>
        <source>Lead</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search/results.py" line="76"/>
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/library/hits_model.py" line="70"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/library/search_tab.py" line="93"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n 篇文档符合</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/search_tab.py" line="95"/>
        <source>(the newest %1 shown)</source>
        <translation>（显示最新的 %1 篇）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/search_tab.py" line="99"/>
        <source>Search every document (either script; two-character words and figures too)</source>
        <translation>搜索所有文档（简繁皆可；双字词和数字也行）</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../desktop/ui/reader/navigator.py" line="52"/>
        <location filename="../desktop/ui/reader/navigator.py" line="56"/>
        <source>Lead</source>
        <translation>导语</translation>
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
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="72"/>
        <source>Open Server Library</source>
        <translation>打开服务器上的文库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="73"/>
        <source>postgresql://user@host/database (or fill in the fields below)</source>
        <translation>postgresql://用户@主机/数据库（或填写下面各栏）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="74"/>
        <source>the team&apos;s library database</source>
        <translation>团队文库所在的数据库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="75"/>
        <source>not needed when the server trusts this computer</source>
        <translation>服务器信任本机时不需要</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="77"/>
        <source>the system keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="78"/>
        <source>Remember the password (in %1, never in the settings)</source>
        <translation>记住密码（保存在 %1，绝不写入设置）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>URL:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="79"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="80"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library/server_dialog.py" line="80"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="164"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="165"/>
        <source>Filter by name or key…</source>
        <translation>按名称或按键筛选…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="166"/>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="167"/>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="168"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/shortcuts_dialog.py" line="168"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>TextCopier</name>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="15"/>
        <source>Copy with &amp;English</source>
        <translation>连同英文复制(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="17"/>
        <source>Copy Section (Chinese)</source>
        <translation>复制本节（中文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="19"/>
        <source>Copy Section (English)</source>
        <translation>复制本节（英文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="21"/>
        <source>Copy Section (Chinese and English)</source>
        <translation>复制本节（中英文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="100"/>
        <source>Copied with English</source>
        <extracomment>this feature&apos;s own widgets (other features see the reader through its protocol)</extracomment>
        <translation>已连同英文复制</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="111"/>
        <source>This section has no English yet</source>
        <translation>本节尚无英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reader/text_copy.py" line="114"/>
        <source>Copied the section</source>
        <translation>已复制本节</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message numerus="yes">
        <source>Translating %n sentence(s)…</source>
        <translation>
            <numerusform>正在翻译 %n 个句子…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sentence(s) already have English.</source>
        <translation>
            <numerusform>全部 %n 个句子都已有英文。</numerusform>
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
        <translation>显示/隐藏英文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="34"/>
        <source>&amp;Translate</source>
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="38"/>
        <source>&amp;Online Translation</source>
        <translation>在线翻译(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="40"/>
        <source>Send sentences without English to the chosen translation provider</source>
        <translation>将尚无英文的句子发送给所选的翻译服务商</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="41"/>
        <source>Translate &amp;Document</source>
        <translation>翻译文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="43"/>
        <source>&amp;Re-translate Sentence at Cursor</source>
        <translation>重新翻译光标处的句子(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="45"/>
        <source>E&amp;xport Glosses…</source>
        <translation>导出释义(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="47"/>
        <source>&amp;Import Glosses…</source>
        <translation>导入释义(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="49"/>
        <source>&amp;Clear Cached English for This Document</source>
        <translation>清除本文档的英文缓存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="51"/>
        <source>Clear &amp;All Cached English…</source>
        <translation>清除全部英文缓存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="184"/>
        <source>Online translation is off. Switch it on in the Translate menu to fetch English for this document.</source>
        <translation>在线翻译已关闭。请在“翻译”菜单中开启，以获取本文档的英文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="190"/>
        <source>Every sentence already has English</source>
        <translation>所有句子都已有英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="204"/>
        <source>Online translation is off: switch it on to re-translate a sentence.</source>
        <translation>在线翻译已关闭：开启后才能重新翻译句子。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/controller.py" line="276"/>
        <source>Translating %n text(s)…</source>
        <translation>
            <numerusform>正在翻译 %n 段文本…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/controller.py" line="293"/>
        <source>Translated %n text(s)</source>
        <translation>
            <numerusform>已翻译 %n 段文本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="313"/>
        <source>Online Translation</source>
        <translation>在线翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="314"/>
        <source>With online translation on, the sentences of the documents you open that have no English yet are sent to %1 over the internet. Translations are cached on this computer, so nothing is sent twice. Dictionary glosses and bundled English never need the network.

Switch online translation on?</source>
        <translation>开启在线翻译后，您打开的文档中尚无英文的句子会通过互联网发送到 %1。译文会缓存在本机，因此同一内容不会重复发送。词典释义和内置英文从不需要联网。

要开启在线翻译吗？</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="133"/>
        <source>No English for this document yet: online translation is off (or import a gloss file with Translate ▸ Import Glosses).</source>
        <extracomment>gloss packs and the cache: the English known without the network</extracomment>
        <translation>本文档还没有英文：在线翻译已关闭（也可以用“翻译 ▸ 导入释义”导入释义文件）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="134"/>
        <source>Turn on online translation</source>
        <translation>开启在线翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="136"/>
        <source>English is on its way: the sentences are being translated.</source>
        <translation>英文正在路上：正在翻译各个句子。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="137"/>
        <source>Some sentences have no English yet.</source>
        <translation>有些句子还没有英文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/english/controller.py" line="137"/>
        <source>Translate the document</source>
        <translation>翻译本文档</translation>
    </message>
</context>
<context>
    <name>TranslationPage</name>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="186"/>
        <source>Translate sentences &amp;online</source>
        <translation>在线翻译句子(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="187"/>
        <source>Online translation</source>
        <translation>在线翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="188"/>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="189"/>
        <source>Translation provider</source>
        <translation>翻译服务商</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="191"/>
        <source>LibreTranslate &amp;URL:</source>
        <translation>LibreTranslate 网址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="192"/>
        <source>LibreTranslate server URL</source>
        <translation>LibreTranslate 服务器网址</translation>
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
        <translation>微软</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="195"/>
        <source>%1 API &amp;key:</source>
        <translation>%1 API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="196"/>
        <source>%1 API key</source>
        <translation>%1 API 密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="197"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="197"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="198"/>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="199"/>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="200"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="201"/>
        <source>Translation timeout in seconds</source>
        <translation>翻译超时（秒）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="206"/>
        <source>the LibreTranslate server at the URL below</source>
        <translation>下方网址所指的 LibreTranslate 服务器</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="208"/>
        <source>When this is on, each sentence you ask to have translated is sent over HTTPS to %1. Nothing else leaves your computer: not the file name and not the rest of the article. Translations are kept in the cache, so a sentence is sent at most once per provider. When it is off, only cached translations and the bundled glossary are used.</source>
        <translation>开启后，您要求翻译的每个句子会通过 HTTPS 发送到 %1。除此之外，不会有任何内容离开您的电脑：既不发送文件名，也不发送文章的其余部分。译文会保存在缓存中，因此每个句子对每个服务商最多只发送一次。关闭时，只使用已缓存的译文和内置词汇表。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="1"/>
        <source>When this is on, each sentence you ask to have translated is sent to your team&apos;s server at the base URL below. Nothing else leaves your computer: not the file name and not the rest of the article. Translations are kept in the cache, so a sentence is sent at most once per provider. When it is off, only cached translations and the bundled glossary are used.</source>
        <translation>开启后，您要求翻译的每个句子会发送到下方基础网址处的团队服务器。除此之外，不会有任何内容离开您的电脑：既不发送文件名，也不发送文章的其余部分。译文会保存在缓存中，因此每个句子对每个服务商最多只发送一次。关闭时，只使用已缓存的译文和内置词汇表。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences/pages.py" line="1"/>
        <source>This address starts with http://, so sentences travel unencrypted: keep it inside your own network.</source>
        <translation>此网址以 http:// 开头，句子以明文传输：请只在自己的内部网络中使用。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="25"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="58"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文档(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="26"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="27"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="28"/>
        <source>F&amp;acts</source>
        <translation>事实(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="29"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="30"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="32"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="33"/>
        <source>Open a .txt, .md, .html, .pdf or .docx document</source>
        <translation>打开 .txt、.md、.html、.pdf 或 .docx 文档</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="34"/>
        <source>&amp;Paste as New Document</source>
        <translation>粘贴为新文档(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="36"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="38"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="40"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="45"/>
        <source>&amp;Next Section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="47"/>
        <source>P&amp;revious Section</source>
        <translation>上一节(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="49"/>
        <source>Go to &amp;Sections</source>
        <translation>转到章节列表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="51"/>
        <source>Go to &amp;Article</source>
        <translation>转到文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="42"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="43"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="44"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="53"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="55"/>
        <source>&amp;About Fact Browser</source>
        <translation>关于 Fact Browser(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="35"/>
        <source>Open the clipboard&apos;s text as a document</source>
        <translation>将剪贴板中的文本作为文档打开</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="87"/>
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="88"/>
        <source>Documents (%1);;All files (*)</source>
        <translation>文档 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="102"/>
        <source>No recent documents</source>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="102"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <source>(not said)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Add to Glossary</source>
        <translation>加入术语表</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>术语(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>How the team writes it in English</source>
        <translation>团队采用的英文写法</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>保存在：%1</translation>
    </message>
</context>
<context>
    <name>FactGlossary</name>
    <message>
        <source>Add to &amp;Glossary…</source>
        <translation>加入术语表(&amp;G)…</translation>
    </message>
    <message>
        <source>Select a name, or a figure with a label, to add to the glossary</source>
        <translation>请选择一个名称，或一个带标签的数字，再加入术语表</translation>
    </message>
    <message>
        <source>%1 → %2 is in the glossary</source>
        <translation>术语表已收录 %1 → %2</translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>&amp;Use…</source>
        <translation>使用(&amp;U)…</translation>
    </message>
    <message>
        <source>Filter (either script, or English)</source>
        <translation>筛选（简繁体皆可，或英文）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>术语表条目</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>保存在：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>跳过 %n 个：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个条目导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <source>My Personal Glossary</source>
        <translation>我的个人术语表</translation>
    </message>
    <message>
        <source>Library File…</source>
        <translation>文库文件…</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>文库 %1</translation>
    </message>
    <message>
        <source>Use a Library's Glossary</source>
        <translation>使用文库的术语表</translation>
    </message>
</context>
<context>
    <name>Quitting</name>
    <message>
        <source>Keep Working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <source>What is indexed so far is kept; opening the library again continues the build.</source>
        <translation>已建立索引的内容会保留；再次打开文库即可继续构建。</translation>
    </message>
    <message>
        <source>Quit while this work is still running?</source>
        <translation>仍有工作在进行，要退出吗？</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LibraryWindowMenu</name>
    <message>
        <source>JSON Lines corpora (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines 语料 (*.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Corpus to Library</source>
        <translation>将语料添加到文库</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>文档 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Document to Library</source>
        <translation>将文档添加到文库</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>将文件夹添加到文库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>关闭窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Stop Building</source>
        <translation>停止构建(&amp;S)</translation>
    </message>
    <message>
        <source>Go on from where the stopped build left off</source>
        <translation>从停止的地方继续构建</translation>
    </message>
    <message>
        <source>&amp;Continue Building</source>
        <translation>继续构建(&amp;C)</translation>
    </message>
    <message>
        <source>Add a JSON Lines (.jsonl) corpus to this library</source>
        <translation>将 JSON Lines (.jsonl) 语料添加到此文库</translation>
    </message>
    <message>
        <source>Add &amp;Corpus…</source>
        <translation>添加语料(&amp;C)…</translation>
    </message>
    <message>
        <source>Add one .txt, .md, .html, .pdf or .docx document</source>
        <translation>添加一个 .txt、.md、.html、.pdf 或 .docx 文档</translation>
    </message>
    <message>
        <source>Add &amp;Document…</source>
        <translation>添加文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Add every document under a folder to this library</source>
        <translation>将文件夹下的所有文档添加到此文库</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>No such file or folder</source>
        <translation>找不到该文件或文件夹</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>This is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>A part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The computer ran out of memory</source>
        <translation>计算机内存不足</translation>
    </message>
    <message>
        <source>an entry it looked for (%1) was missing</source>
        <translation>找不到所需的条目（%1）</translation>
    </message>
    <message>
        <source>An internal error without a message</source>
        <translation>发生了没有说明的内部错误</translation>
    </message>
    <message numerus="yes">
        <source>Something Went Wrong (%n times)</source>
        <translation>
            <numerusform>出错了（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>To report the problem, copy the details into your report.</source>
        <translation>如需报告此问题，请将详细信息复制到报告中。</translation>
    </message>
    <message>
        <source>No log file could be written; copy the details to keep them.</source>
        <translation>无法写入日志文件；请复制详细信息以便保留。</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>详细信息在日志文件 %1 中。</translation>
    </message>
    <message>
        <source>Something went wrong: %1. Your document is unchanged and you can go on working.</source>
        <translation>出错了：%1。您的文档没有改变，可以继续工作。</translation>
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>The chart could not be written to %1: %2</source>
        <translation>无法将图表写入 %1：%2</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1: %2</source>
        <translation>无法将比较写入 %1：%2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>Copy or export the comparison, or save its chart</source>
        <translation>复制或导出比较，或保存其图表</translation>
    </message>
    <message>
        <source>Take Away</source>
        <translation>带走</translation>
    </message>
    <message>
        <source>&amp;Open the Document at This Figure</source>
        <translation>在此数字处打开文档(&amp;O)</translation>
    </message>
    <message>
        <source>Save C&amp;hart as PNG or SVG…</source>
        <translation>将图表存为 PNG 或 SVG(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation>导出比较(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Rows with Their Sources</source>
        <translation>复制各行及其出处(&amp;C)</translation>
    </message>
</context>
</TS>
