# Sources of ui/spell/: spell checking (Enchant 2 behind SpellBackend).
target_sources(epistle_ui PRIVATE
    spell/enchantbackend.h spell/enchantbackend.cpp
    spell/messagespelling.h spell/messagespelling.cpp
    spell/personaldictionary.h spell/personaldictionary.cpp
    spell/spellbackend.h
    spell/spellchecker.h spell/spellchecker.cpp
    spell/spellhighlighter.h spell/spellhighlighter.cpp
    spell/spelllanguagebox.h spell/spelllanguagebox.cpp
    spell/spelllineedit.h spell/spelllineedit.cpp
    spell/spelllogging.h spell/spelllogging.cpp
    spell/spellmenu.h spell/spellmenu.cpp
    spell/spellwords.h spell/spellwords.cpp
    spell/texteditspelling.h spell/texteditspelling.cpp
)
