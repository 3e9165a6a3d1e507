# Precompiled headers: most of a file's compile time here is parsing Qt's and the standard
# library's headers (eight core files: 32.7 s CPU without, 20.2 s with; docs/performance.md,
# "Build and CI time"). Each product library precompiles its own, since its strict-string macros
# (wsprobe_strict_strings) change Qt's headers; the test programs reuse the one of their support
# library, one for the widget-free tests and one for those with widgets, because QtTest's
# headers read QT_GUI_LIB and QT_WIDGETS_LIB. A test put in the wrong group does not build:
# GCC's -Winvalid-pch is an error under -Werror, and clang refuses a header made with other
# macros. A file must still include what it uses: the MinGW check compiles every file with
# its own includes only.
option(WSPROBE_PCH "Precompile the Qt and standard headers most files include" ON)

set(WSPROBE_PCH_CORE
    <algorithm> <atomic> <cstring> <deque> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QByteArrayView> <QCborArray> <QCborMap> <QCborValue> <QCoreApplication>
    <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QHostAddress> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QJsonValue> <QList> <QLocale> <QMap> <QObject> <QPointer>
    <QRegularExpression> <QSaveFile> <QString> <QStringList> <QTcpSocket> <QTimer> <QUrl>
    <QVariant> <QVariantMap>)
set(WSPROBE_PCH_WIDGETS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFileDialog>
    <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QMessageBox>
    <QPainter> <QPlainTextEdit> <QPushButton> <QSpinBox> <QSplitter> <QTabWidget> <QToolButton>
    <QVBoxLayout> <QWidget>)
set(WSPROBE_PCH_SCRIPT <QJSEngine> <QJSValue>)
set(WSPROBE_PCH_TEST
    <QElapsedTimer> <QProcess> <QRandomGenerator> <QSignalSpy> <QTcpServer> <QTemporaryDir>
    <QTest> <QWebSocket>)

# wsprobe_precompile(target CORE|WIDGETS|SCRIPT|TEST ...): precompiles the named header sets
# for the target's files (the project is C++ only).
function(wsprobe_precompile target)
    if(NOT WSPROBE_PCH)
        return()
    endif()
    set(headers)
    foreach(set IN LISTS ARGN)
        list(APPEND headers ${WSPROBE_PCH_${set}})
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# wsprobe_precompile_reuse(target donor): the donor's precompiled header, made once, used by
# many small programs of the same flags (the tests).
function(wsprobe_precompile_reuse target donor)
    if(WSPROBE_PCH)
        target_precompile_headers(${target} REUSE_FROM ${donor})
        # A test includes its own moc output, so AUTOMOC's file is empty: loading a 200 MB
        # header into it cost more than the test's own file gained.
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                                    PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
