<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>%n byte(s) of this file could not be decoded and show as �, in paragraph %1.</source>
        <translation>
            <numerusform>%n byte of this file could not be decoded and shows as �, in paragraph %1.</numerusform>
            <numerusform>%n bytes of this file could not be decoded and show as �, in paragraph %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/services/messages.py" line="0"/>
        <source>%n byte(s) of this file could not be decoded and show as �, in paragraphs %1.</source>
        <translation>
            <numerusform>%n byte of this file could not be decoded and shows as �, in paragraphs %1.</numerusform>
            <numerusform>%n bytes of this file could not be decoded and show as �, in paragraphs %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactCopier</name>
    <message numerus="yes">
        <location filename="../desktop/ui/facts/fact_copy.py" line="165"/>
        <source>Copied %n fact(s)</source>
        <translation>
            <numerusform>Copied %n fact</numerusform>
            <numerusform>Copied %n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/facts/fact_copy.py" line="211"/>
        <source>Exported %n fact(s) to %1</source>
        <translation>
            <numerusform>Exported %n fact to %1</numerusform>
            <numerusform>Exported %n facts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureFlags</name>
    <message numerus="yes">
        <location filename="../desktop/ui/english/figure_flags.py" line="53"/>
        <source>%n sentence(s) whose English changes a figure are underlined</source>
        <translation>
            <numerusform>%n sentence whose English changes a figure is underlined</numerusform>
            <numerusform>%n sentences whose English changes a figure are underlined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/library/window.py" line="232"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="216"/>
        <source>%n setting(s) had a value out of range and now use the default: %1</source>
        <translation>
            <numerusform>%n setting had a value out of range and now uses the default: %1</numerusform>
            <numerusform>%n settings had a value out of range and now use the default: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="359"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/shell/main_window.py" line="364"/>
        <source>%n byte(s) of this file could not be decoded and show as �.</source>
        <translation>
            <numerusform>%n byte of this file could not be decoded and shows as �.</numerusform>
            <numerusform>%n bytes of this file could not be decoded and show as �.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <location filename="../desktop/ui/search/controller.py" line="320"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message numerus="yes">
        <location filename="../desktop/ui/library/search_tab.py" line="80"/>
        <source>%n hit(s)</source>
        <extracomment>what an item holds: (doc_id, start, end)</extracomment>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/library/search_tab.py" line="93"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/reader/navigator.py" line="57"/>
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnglishSources</name>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="135"/>
        <source>Exported English for %n text(s)</source>
        <translation>
            <numerusform>Exported English for %n text</numerusform>
            <numerusform>Exported English for %n texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="185"/>
        <source>Removed %n cached translation(s)</source>
        <translation>
            <numerusform>Removed %n cached translation</numerusform>
            <numerusform>Removed %n cached translations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/sources.py" line="81"/>
        <source>English for %n text(s) is cached from %1</source>
        <translation>
            <numerusform>English for %n text is cached from %1</numerusform>
            <numerusform>English for %n texts is cached from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message numerus="yes">
        <source>Translating %n sentence(s)…</source>
        <translation>
            <numerusform>Translating %n sentence…</numerusform>
            <numerusform>Translating %n sentences…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sentence(s) already have English.</source>
        <translation>
            <numerusform>The %n sentence already has English.</numerusform>
            <numerusform>All %n sentences already have English.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/controller.py" line="381"/>
        <source>Translating %n text(s)…</source>
        <translation>
            <numerusform>Translating %n text…</numerusform>
            <numerusform>Translating %n texts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/english/controller.py" line="398"/>
        <source>Translated %n text(s)</source>
        <translation>
            <numerusform>Translated %n text</numerusform>
            <numerusform>Translated %n texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message numerus="yes">
        <source>Imported %n entry(s) from %1</source>
        <translation>
            <numerusform>Imported %n entry from %1</numerusform>
            <numerusform>Imported %n entries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n skipped:</numerusform>
            <numerusform>%n skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message numerus="yes">
        <source>Something Went Wrong (%n times)</source>
        <translation>
            <numerusform>Something Went Wrong (%n time)</numerusform>
            <numerusform>Something Went Wrong (%n times)</numerusform>
        </translation>
    </message>
</context>
</TS>
