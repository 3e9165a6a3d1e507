#pragma once

#include <QString>

/// Shell completion scripts for wsprobe-cli, made from the same command descriptions as its
/// parsers (app/cli/options/), so that they cannot drift. The build writes them with the
/// hidden `wsprobe-cli --completions SHELL` and installs them.
namespace CliCompletion {

/// The script for shell "bash", "zsh" or "fish"; empty for another shell.
QString script(const QString &shell);

} // namespace CliCompletion
