<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/about.py" line="29"/>
        <source>Chinese–English dictionary, by MDBG and its contributors</source>
        <translation>汉英词典，由 MDBG 及其贡献者编写</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="32"/>
        <source>Conversion between Simplified and Traditional Chinese</source>
        <translation>简繁中文转换</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="35"/>
        <source>Cross-platform application framework</source>
        <translation>跨平台应用程序框架</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="37"/>
        <source>Qt for Python</source>
        <translation>Qt 的 Python 绑定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="39"/>
        <source>Chinese word segmentation</source>
        <translation>中文分词</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="41"/>
        <source>Pinyin for Chinese characters</source>
        <translation>汉字拼音</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="44"/>
        <source>Clients for online translation services</source>
        <translation>在线翻译服务客户端</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="47"/>
        <source>Chinese numerals to Arabic numbers</source>
        <translation>中文数字转阿拉伯数字</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about.py" line="110"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="112"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="113"/>
        <source>Read Chinese articles bilingually and pull the facts out of them.</source>
        <translation>中英对照阅读中文文章，并提取其中的事实。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="114"/>
        <source>Free software under the %1 licence.</source>
        <translation>本软件为自由软件，采用 %1 许可证。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="118"/>
        <source>Licences, attributions and paths</source>
        <translation>许可证、致谢与路径</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="132"/>
        <source>Cache (dictionary index, translations)</source>
        <translation>缓存（词典索引、译文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="133"/>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="134"/>
        <source>Interface translations</source>
        <translation>界面翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="138"/>
        <source>The glosses shown in the reader come from CC-CEDICT and may be shared under its licence, CC BY-SA 4.0.</source>
        <translation>阅读器中显示的释义来自 CC-CEDICT，可按其许可证 CC BY-SA 4.0 共享。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="140"/>
        <source>Data and libraries</source>
        <translation>数据与程序库</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="141"/>
        <source>Where your data lives</source>
        <translation>数据存放位置</translation>
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
        <translation>缓存文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="365"/>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="366"/>
        <source>Open the cache folder</source>
        <translation>打开缓存文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="367"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="368"/>
        <source>Cache size</source>
        <translation>缓存大小</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="369"/>
        <source>C&amp;lear Cache…</source>
        <translation>清除缓存(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="370"/>
        <source>Clear the cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="371"/>
        <source>The cache holds the dictionary index and translations fetched online. Clearing it is safe: the index is rebuilt when needed, but translations must be fetched again.</source>
        <translation>缓存中保存词典索引和在线获取的译文。清除缓存是安全的：索引会在需要时重建，但译文需要重新在线获取。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="378"/>
        <source>Clear Cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="379"/>
        <source>Delete the dictionary index and all cached translations?

Translations will have to be fetched online again.</source>
        <translation>删除词典索引和所有已缓存的译文吗？

译文将需要重新在线获取。</translation>
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
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="185"/>
        <source>&amp;Chinese font:</source>
        <translation>中文字体(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="185"/>
        <source>&amp;English font:</source>
        <translation>英文字体(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="186"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="186"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="187"/>
        <source>Hover &amp;gloss delay:</source>
        <translation>悬停释义延迟(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="190"/>
        <source>Taiwan &amp;phrases (rewrites vocabulary, e.g. 软件 → 軟體)</source>
        <translation>台湾用语(&amp;P)（改写词汇，如 软件 → 軟體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="194"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="195"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="196"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="197"/>
        <source>Display script</source>
        <translation>显示字形</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="197"/>
        <source>Taiwan phrases</source>
        <translation>台湾用语</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="198"/>
        <source>View mode</source>
        <translation>视图模式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="198"/>
        <source>Chinese font family</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="199"/>
        <source>Chinese font size</source>
        <translation>中文字号</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="199"/>
        <source>English font family</source>
        <translation>英文字体</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="200"/>
        <source>English font size</source>
        <translation>英文字号</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="200"/>
        <source>Colour theme</source>
        <translation>配色主题</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="201"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="201"/>
        <source>Hover gloss delay</source>
        <translation>悬停释义延迟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="204"/>
        <source>How long the pointer rests on a word before its dictionary entry shows</source>
        <translation>指针在词语上停留多久后显示词典条目</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="205"/>
        <source>Takes effect at once; language names are shown in their own language</source>
        <translation>立即生效；语言名称以该语言本身显示</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../desktop/ui/i18n.py" line="180"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="181"/>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="182"/>
        <source>Follow the operating system&apos;s language</source>
        <translation>使用操作系统的语言</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="21"/>
        <source>As written (no conversion)</source>
        <translation>原文（不转换）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="22"/>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="23"/>
        <source>Traditional (繁體, OpenCC standard)</source>
        <translation>繁体（繁體，OpenCC 标准）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="24"/>
        <source>Traditional, Taiwan (臺灣正體)</source>
        <translation>繁体，台湾（臺灣正體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="25"/>
        <source>Traditional, Hong Kong (香港繁體)</source>
        <translation>繁体，香港（香港繁體）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="28"/>
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="29"/>
        <source>English under each sentence</source>
        <translation>每句下方附英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="30"/>
        <source>Chinese and English side by side</source>
        <translation>中英并排</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="31"/>
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="34"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="35"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="36"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="39"/>
        <source>Google Translate (no key needed)</source>
        <translation>Google 翻译（无需密钥）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="40"/>
        <source>MyMemory (no key, daily limit)</source>
        <translation>MyMemory（无需密钥，每日限额）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="41"/>
        <source>LibreTranslate (a server you choose)</source>
        <translation>LibreTranslate（自选服务器）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="42"/>
        <source>DeepL (API key)</source>
        <translation>DeepL（需 API 密钥）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="43"/>
        <source>Microsoft Translator (API key)</source>
        <translation>微软翻译（需 API 密钥）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="106"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="151"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/preferences.py" line="100"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="101"/>
        <source>&amp;Display</source>
        <translation>显示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="102"/>
        <source>&amp;Translation</source>
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="103"/>
        <source>&amp;Cache</source>
        <translation>缓存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="104"/>
        <source>Preference pages</source>
        <translation>首选项页面</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="106"/>
        <source>Reset this page to the defaults (saved when you press Apply or OK)</source>
        <translation>将本页恢复为默认值（按“应用”或“确定”后保存）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="147"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="148"/>
        <source>Filter by name or key…</source>
        <translation>按名称或按键筛选…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="149"/>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="150"/>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="151"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts_dialog.py" line="151"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>TranslationPage</name>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="279"/>
        <source>Translate sentences &amp;online</source>
        <translation>在线翻译句子(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="280"/>
        <source>Online translation</source>
        <translation>在线翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="281"/>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="282"/>
        <source>Translation provider</source>
        <translation>翻译服务商</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="284"/>
        <source>LibreTranslate &amp;URL:</source>
        <translation>LibreTranslate 网址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="285"/>
        <source>LibreTranslate server URL</source>
        <translation>LibreTranslate 服务器网址</translation>
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
        <translation>微软</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="288"/>
        <source>%1 API &amp;key:</source>
        <translation>%1 API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="289"/>
        <source>%1 API key</source>
        <translation>%1 API 密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="290"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="290"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="291"/>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="292"/>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="293"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="294"/>
        <source>Translation timeout in seconds</source>
        <translation>翻译超时（秒）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="299"/>
        <source>the LibreTranslate server at the URL below</source>
        <translation>下方网址所指的 LibreTranslate 服务器</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences_pages.py" line="301"/>
        <source>When this is on, each sentence you ask to have translated is sent over HTTPS to %1. Nothing else leaves your computer: not the file name and not the rest of the article. Translations are kept in the cache, so a sentence is sent at most once per provider. When it is off, only cached translations and the bundled glossary are used.</source>
        <translation>开启后，您要求翻译的每个句子会通过 HTTPS 发送到 %1。除此之外，不会有任何内容离开您的电脑：既不发送文件名，也不发送文章的其余部分。译文会保存在缓存中，因此每个句子对每个服务商最多只发送一次。关闭时，只使用已缓存的译文和内置词汇表。</translation>
    </message>
</context>
</TS>
