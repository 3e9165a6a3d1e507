#pragma once

#include <QList>
#include <QString>

/// The script API's names as the Script tab's editor offers them (docs/scripting.md): the
/// one list of them, which tst_scriptapi checks against the globals of a running prelude in
/// both directions, so that it cannot drift from the runtime. Signatures are code, not
/// prose: they are not translated.
class ScriptApi
{
public:
    enum class Kind {
        Global,  ///< a global of the prelude: `expectMessage`
        Member,  ///< a member of a global object: `ws.send` (owner "ws")
        Matcher, ///< a method of what expect(value) returns: `toBe`
        Event,   ///< an event name for on('…') / ws.on('…')
        Hook,    ///< a function the script defines and the runtime calls: `onMessage`
    };
    struct Entry
    {
        QString name;      ///< what is inserted
        QString signature; ///< what the list shows
        Kind kind = Kind::Global;
        QString owner; ///< Member: the object ("ws", "vars", "http", "console")
    };

    static const QList<Entry> &entries();
    /// The entries of one kind (and owner, for members).
    static QList<Entry> entries(Kind kind, const QString &owner = {});

    /// What fits where the cursor is, given the text of its line up to it.
    struct Completion
    {
        QString prefix; ///< the partial word already typed, replaced on accepting
        QList<Entry> entries;
        bool word = false; ///< a bare word (offered only when requested)
    };
    /// After `ws.`, `vars.`, `http.`, `console.`, `expect(…).` and `on('` the context's
    /// names are offered whatever was typed (automatic); a bare word only when the user asks
    /// (requested: Ctrl+Space), so that typing code is never interrupted by a list.
    static Completion complete(const QString &lineBeforeCursor, bool requested);
};
