<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuthEditor</name>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="11"/>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="17"/>
        <source>Authentication type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="29"/>
        <source>To&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="36"/>
        <location filename="../ui/connection/autheditor.cpp" line="12"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="47"/>
        <source>U&amp;ser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="53"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="58"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="65"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="76"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="82"/>
        <source>e.g. X-Api-Key or api_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="83"/>
        <source>API key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="88"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="95"/>
        <location filename="../ui/connection/autheditor.cpp" line="14"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="100"/>
        <source>&amp;Add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="106"/>
        <source>Where the API key is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="116"/>
        <source>What the authentication sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="11"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="13"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="15"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="16"/>
        <source>Query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="33"/>
        <source>Adds a credential to the request when it connects. Exports replace it with &lt;redacted&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="36"/>
        <source>Saved sessions and HAR files replace it with &lt;redacted&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRecord</name>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="54"/>
        <source>pass: %1 · got: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="55"/>
        <source>FAIL: %1 · expected: %2 · got: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="57"/>
        <source> · line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="63"/>
        <source>Passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="63"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="64"/>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="64"/>
        <source>Got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="66"/>
        <source>Line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="67"/>
        <source>After %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliClient</name>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="80"/>
        <source>--action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="112"/>
        <source>--action needs a protocol layer (--protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="168"/>
        <source>Connected. Each line you type is sent as a text message; end of input (Ctrl+D) closes, Ctrl+C interrupts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="201"/>
        <source>wsprobe-cli was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="213"/>
        <source>the connection ended without a clean closing handshake (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="214"/>
        <source>the connection ended without a clean closing handshake (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="260"/>
        <source>wsprobe-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="261"/>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="22"/>
        <source>Usage: wsprobe-cli COMMAND [options] [arguments]
       wsprobe-cli help [COMMAND]
       wsprobe-cli -V | --version

A WebSocket client for terminals, scripts and CI: the console twin of Wsprobe.
It connects, sends, prints every event, records sessions, replays and converts them.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="34"/>
        <source>show the help of COMMAND, or this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="39"/>
        <source>
Options:
  -h, --help           show this help
  -V, --version        show the version

&apos;wsprobe-cli COMMAND --help&apos; (or &apos;wsprobe-cli help COMMAND&apos;) shows the options
of COMMAND. Options take their value as --option VALUE or --option=VALUE; --
ends the options.

Environment:
  NO_COLOR             when set and not empty: no colour. Without it, colour
                       is used only when standard output is a terminal.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="68"/>
        <source>Try &apos;wsprobe-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="69"/>
        <source>Try &apos;wsprobe-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="81"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="92"/>
        <source>There is no command &quot;%1&quot; to help with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="109"/>
        <source>--completions takes bash, zsh or fish, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="123"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="126"/>
        <source>Unknown option &quot;%1&quot;; a command comes first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="127"/>
        <source>Unknown command &quot;%1&quot;; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="35"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="55"/>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="57"/>
        <location filename="../app/cli/options/commandspec.cpp" line="67"/>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="127"/>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="133"/>
        <source>the connection ended with a clean closing handshake, whoever closed it; replay: completed and, with --compare, matched; convert: written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="135"/>
        <source>the connection failed (refused, DNS, TLS, handshake), was failed on a protocol violation or ended without a clean closing handshake; the reason is printed on standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="138"/>
        <source>bad arguments, or a file that cannot be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="139"/>
        <source>replay --compare: the replies differ from the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="140"/>
        <source>ended by SIGINT (Ctrl+C), after closing with 1001 (going away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="141"/>
        <source>ended by SIGTERM, the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="143"/>
        <source>Exit status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="193"/>
        <source>Unknown option &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="194"/>
        <source>The option %1 belongs to %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="235"/>
        <source>Usage: wsprobe-cli %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="237"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="40"/>
        <source>--deflate: &quot;%1&quot; is not server_no_context_takeover, client_no_context_takeover, server_max_window_bits=8..15 or client_max_window_bits=8..15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="63"/>
        <location filename="../app/cli/options/sessionoptions.cpp" line="186"/>
        <source>--port takes a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="69"/>
        <source>--host takes an IP address to listen on (127.0.0.1, ::1, 0.0.0.0), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="77"/>
        <source>--path takes a path that starts with &apos;/&apos;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="103"/>
        <source>--fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="115"/>
        <source>--subprotocol takes the name of a subprotocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="129"/>
        <source>--response-header takes &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="146"/>
        <source>--echo, --rules and --session answer clients in different ways; give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="151"/>
        <source>--tls-cert and --tls-key go together: the certificate and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="156"/>
        <source>--tls-self-signed makes a certificate; it cannot be used with --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="160"/>
        <source>--no-subprotocol and --subprotocol contradict each other; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="164"/>
        <source>serve takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="180"/>
        <source>run a mock WebSocket server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="181"/>
        <source>Listen for WebSocket clients and answer them: echo, by the rules of a rules file, or like the server of a recording. Prints each client&apos;s events (with its number) and records every client. Ctrl+C closes every client with 1001 Going Away and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="186"/>
        <source>the port to listen on (default 0: any free port, printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="188"/>
        <source>the address to listen on (default 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="191"/>
        <source>accept upgrades on this path only, others get 404 (repeatable; default: any path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="194"/>
        <source>send every message back to its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="195"/>
        <source>answer by the rules in FILE (docs/serve-rules.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="198"/>
        <source>answer like the server of a recording (.wsprobe.jsonl, --json output or HAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="202"/>
        <source>with --session: 1 = recorded timing, 2 = twice as fast, 0 = at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="204"/>
        <source>misbehave on purpose to test a client (repeatable; SPEC below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="206"/>
        <source>serve wss:// with this certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="208"/>
        <source>the certificate&apos;s private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="210"/>
        <source>serve wss:// with a self-signed certificate made on first use (its fingerprint is printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="213"/>
        <source>choose the first of these the client offers (repeatable, in order of preference; default: the client&apos;s first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="216"/>
        <source>never choose a subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="217"/>
        <source>decline permessage-deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="219"/>
        <source>what to ask for when accepting permessage-deflate, e.g. &quot;server_no_context_takeover; client_max_window_bits=10&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="223"/>
        <source>add a header &quot;Name: value&quot; to every 101 (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="225"/>
        <source>print each event as a JSON line with a &quot;client&quot; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="227"/>
        <source>record each client as a session: the first to FILE, later ones to FILE-2, FILE-3 and so on, before the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="230"/>
        <source>print only opens, messages, closes and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="231"/>
        <source>print every frame too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="235"/>
        <source>Without --echo, --rules or --session the server accepts clients and answers nothing.
A server stopped by Ctrl+C or SIGTERM exits with 0 once its clients are closed; a second signal exits at once. It exits with 1 when it cannot listen (the port in use, bad TLS files).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="108"/>
        <location filename="../app/cli/options/sessionoptions.cpp" line="32"/>
        <source>--redact takes the name of a header or query parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="164"/>
        <source>convert takes two files, IN and OUT; &quot;%1&quot; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="69"/>
        <location filename="../app/cli/options/sessionoptions.cpp" line="145"/>
        <source>--entry takes the number of a HAR entry, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="94"/>
        <location filename="../app/cli/options/sessionoptions.cpp" line="76"/>
        <source>--speed takes a factor from 0 to 1000 (0: as fast as possible), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="114"/>
        <source>replay takes one file; &quot;%1&quot; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="28"/>
        <source>--%1 takes a number of bytes, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="37"/>
        <source>Without --send, each line of standard input is sent as a text message, and the connection closes after the end of input and --wait-ms.
-q prints the open, the messages, the close and errors; the default adds pings and pongs; -v adds the handshake and every frame. Colour is used when standard output is a terminal, never when NO_COLOR is set.
On SIGINT (Ctrl+C) or SIGTERM the connection is closed with 1001 (going away) and the server&apos;s Close awaited, at most the close timeout (5 s); a second signal ends the wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="115"/>
        <source>--send-frame needs the wire engine: QWebSocket writes only the frames it builds itself (leave out --engine qt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="120"/>
        <source>-q (events only) and -v (frames and handshake too) exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="124"/>
        <source>--hide needs a protocol layer (--protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="132"/>
        <source>--hide &quot;%1&quot;: %2 has no such packet type; it has heartbeats, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="157"/>
        <source>print only the open, messages, close and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="158"/>
        <source>print the handshake and every frame too (the same as --show-handshake --frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="169"/>
        <source>offer a subprotocol (repeatable, in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="171"/>
        <source>add a request header &quot;Name: value&quot; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="173"/>
        <source>send an Origin header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="174"/>
        <source>send a text message (repeatable, in order with --send-hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="177"/>
        <source>send a binary message given in hex: &quot;01 02 ff&quot;, &quot;0102ff&quot; or &quot;01:02:ff&quot; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="181"/>
        <source>TESTING: write one message&apos;s frames exactly as SPEC says: any opcode, FIN, RSV bits, mask and key, a lying length, fragments (repeatable, in order with --send; SPEC below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="185"/>
        <source>close code when done (default 1000; 3000-4999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="187"/>
        <source>close reason (at most 123 bytes of UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="190"/>
        <source>TESTING: send --close and --reason as given, any code 0-65535 (reserved and invalid ones too) and reasons over 123 bytes, to probe how a server handles a bad Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="193"/>
        <source>wait N ms for replies before closing (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="195"/>
        <source>one JSON object per line per event (docs/events.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="197"/>
        <source>protocol engine: Wsprobe&apos;s own (wire, the default) or QWebSocket (qt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="199"/>
        <source>print the request and response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="200"/>
        <source>print every frame (wire engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="201"/>
        <source>do not answer the server&apos;s pings (wire engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="202"/>
        <source>refuse larger messages with close code 1009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="205"/>
        <source>refuse frames announcing more than N bytes (default 16 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="207"/>
        <source>frame events keep N payload bytes (default 64; -1: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="210"/>
        <source>refuse sends while N bytes wait to be written (default 64 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="212"/>
        <source>follow 3xx answers to the upgrade (at most 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="213"/>
        <source>do not offer permessage-deflate compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="214"/>
        <source>trust the CA certificates in FILE (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="216"/>
        <source>client certificate: PEM (with --key) or PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="218"/>
        <source>private key of --cert, PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="219"/>
        <source>passphrase of the key or the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="221"/>
        <source>go on despite certificate errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="222"/>
        <source>http://host:port (CONNECT), socks5://host:port or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="224"/>
        <source>send a ping every N ms while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="225"/>
        <source>split outgoing messages into frames of N bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="242"/>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="254"/>
        <source>--send-hex &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="262"/>
        <source>--send-frame &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="269"/>
        <source>--close takes a close code such as 1000 or 4000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="278"/>
        <source>--wait-ms takes a number of milliseconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="289"/>
        <source>--engine takes wire or qt, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="306"/>
        <source>--frame-size takes a number of bytes, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="311"/>
        <source>--keepalive-ms takes a number of milliseconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="341"/>
        <source>--frame-bytes takes a number of bytes or -1 (all), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="354"/>
        <source>also show messages decoded by the pipeline SPEC, for example base64,zlib,msgpack or protobuf:FILE.proto:package.Type or auto (docs/decoding.md); with --json as the member &quot;decoded&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="365"/>
        <source>--decode &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="366"/>
        <source>no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="376"/>
        <source>read messages at the level of a protocol layer and print its packets: auto (from the subprotocol or URL) or one of %1 (docs/protocols.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="381"/>
        <source>send a layer action, such as emit:{&quot;event&quot;:&quot;chat&quot;,&quot;args&quot;:[&quot;hi&quot;]} (repeatable; each once the layer is ready and the previous one answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="386"/>
        <source>with --protocol, do not print packets of these types, such as ping,pong or heartbeats (the layer&apos;s keep-alives; repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="397"/>
        <source>--protocol &quot;%1&quot;: not auto or one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="408"/>
        <source>--hide needs a packet type, such as ping or heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="425"/>
        <source>--action &quot;%1&quot;: the part after &apos;:&apos; must be a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="449"/>
        <source>--action needs a name, such as emit or subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="462"/>
        <source>connect, send, print every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="464"/>
        <source>Connect to URL, send what --send, --send-hex and --send-frame give (or each line of standard input), wait for replies, close, and print every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="480"/>
        <source>connect as connect does and write the session to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="481"/>
        <source>Connect as connect does and write the session to FILE (.wsprobe.jsonl). The file keeps every header, so it is created readable by you only. The events are printed on a terminal; when standard output is redirected, only with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="486"/>
        <source>the session file to write (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="490"/>
        <location filename="../app/cli/options/sessionoptions.cpp" line="23"/>
        <source>write the value of the header NAME, and of query parameters whose name contains NAME (any case), as &lt;redacted&gt; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="53"/>
        <source>Unexpected argument &quot;%1&quot;: only one URL can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="99"/>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="138"/>
        <source>--to takes jsonl, har or txt, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="157"/>
        <source>convert --list takes one file, the HAR file to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="169"/>
        <source>convert needs two files: IN and OUT, for example session.wsprobe.jsonl session.har.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="193"/>
        <source>demo-server takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="210"/>
        <source>send a recorded session&apos;s messages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="211"/>
        <source>Send the outgoing messages of a recorded session (.wsprobe.jsonl, wsprobe-cli --json output or HAR) again, print the events, and with --compare compare the replies with the recorded ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="215"/>
        <source>connect here instead of the recorded URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="216"/>
        <source>the WebSocket entry of a HAR file (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="218"/>
        <source>1 = recorded timing, 2 = twice as fast, 0 = at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="220"/>
        <source>before each send, wait for N replies to the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="222"/>
        <source>before each send, wait for a reply matching REGEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="225"/>
        <source>give up such a wait after N ms and go on; after the last send, wait as long for the recorded number of replies (default 10000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="229"/>
        <source>after the last send, wait at least N ms after each reply (default 1500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="232"/>
        <source>compare replies with the recorded ones (exit status 3 if they differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="234"/>
        <source>JSON key or path ($.a.b[0]) to leave out of the compare (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="237"/>
        <source>mask text matching REGEX on both sides before comparing (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="239"/>
        <source>write the replay as a new session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="245"/>
        <source>The connection options change the recorded request: -H adds headers, the others replace what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="259"/>
        <source>convert between .wsprobe.jsonl, .har and .txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="260"/>
        <source>Convert a session between .wsprobe.jsonl, .har and a .txt transcript, by the extension of OUT (or --to). IN may be a session, wsprobe-cli --json output or a HAR file; - is standard input (IN) or standard output (OUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="266"/>
        <source>the format of OUT, whatever its name (needed for - to write anything but .wsprobe.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="270"/>
        <source>the WebSocket entry of a HAR file to convert (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="272"/>
        <source>list the WebSocket entries of the HAR file IN (number, messages, URL) instead of converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="275"/>
        <source>keep Authorization, Cookie, token=... and the like; OUT is then created readable by you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="281"/>
        <source>Secrets are redacted unless --keep-secrets; names given with --redact are redacted even then. With --decode, each message line of a .wsprobe.jsonl OUT gets its decoded value (&quot;decoded&quot;) or why it could not be decoded (&quot;decodeError&quot;); a .txt OUT gets a decoded line under each message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="297"/>
        <source>run the built-in test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="298"/>
        <source>Run the built-in test server on 127.0.0.1 (paths /echo, /ticker, /binary) until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="301"/>
        <source>the port to listen on (default 0: any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="118"/>
        <source>replay needs a session (.wsprobe.jsonl) or HAR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="57"/>
        <source>record needs -o FILE, the session file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="61"/>
        <source>%1 needs a URL, for example ws://127.0.0.1:8080/echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="52"/>
        <source>--listen takes [ADDRESS:]PORT, for example 8080 or 0.0.0.0:8080, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="104"/>
        <source>Unexpected argument &quot;%1&quot;: relay takes --listen and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="109"/>
        <source>relay needs --listen PORT and --to URL, for example --listen 8080 --to wss://example.com/socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="114"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="137"/>
        <source>sit between a client and its server, show and change what they say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="139"/>
        <source>Listen on PORT (127.0.0.1 unless an address is given) and connect each client that connects to URL, passing messages, pings, pongs and closes both ways and printing each message once with where it went (client -&gt; Wsprobe -&gt; server). The client&apos;s upgrade is answered once the server has answered, with the subprotocol the server chose or the server&apos;s refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="146"/>
        <source>where to listen: [ADDRESS:]PORT (0: any free port, printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="149"/>
        <source>the server to connect each client to (ws:// or wss://; without a path, the client&apos;s path and query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="153"/>
        <source>pause messages that match RULE and ask what to do: [client:|server:]any, text:STR, regex:RE, json:PATH=JSON, json:PATH~RE or hex:PREFIX (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="158"/>
        <source>journal each conversation to FILE (the server leg) and FILE with .client (the client leg); later ones numbered FILE-2, FILE-3 and so on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="162"/>
        <source>write the value of the header or query parameter NAME as &lt;redacted&gt; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="166"/>
        <source>do not pass this request header of the client on (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="168"/>
        <source>listen on wss:// with this certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="170"/>
        <source>the private key of --tls-cert (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="172"/>
        <source>listen on wss:// with a self-signed certificate, made on first use; its fingerprint is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="175"/>
        <source>do not accept permessage-deflate from the client (--no-deflate: do not offer it to the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="177"/>
        <source>print only messages, closes and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="181"/>
        <source>-H adds a request header upstream, or replaces the client&apos;s header of that name.
At a breakpoint the message is printed and a line is read from standard input: f (forward), d (drop), e (edit: the next line is sent instead; hex:, base64: or json: before it choose the composer&apos;s mode) or a (answer: the next line goes back to the sender). Later messages of that direction wait in order meanwhile.
On SIGINT (Ctrl+C) or SIGTERM every conversation is closed with 1001 (going away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="42"/>
        <source>--var takes NAME=VALUE with a variable name of letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="56"/>
        <source>--timeout takes a number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="62"/>
        <source>--allow-dir takes an existing folder, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="68"/>
        <source>--busy-limit-ms takes a number of milliseconds from 10 to 3600000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="80"/>
        <source>run needs a script, or a folder of scripts (*.js).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="84"/>
        <source>Unexpected argument &quot;%1&quot;: run takes a script and at most one URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="90"/>
        <source>There is no script or folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="117"/>
        <source>run test scripts against a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="118"/>
        <source>Run a JavaScript test script (docs/scripting.md), or every *.js file of a folder in name order, each on a connection of its own to URL (opened before the script&apos;s first line; without URL the script calls ws.connect(url)). Prints each assertion as it is decided and a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="129"/>
        <source>variables from FILE: a JSON object of names and values, an environments export, or NAME=VALUE lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="132"/>
        <source>set a variable (repeatable; wins over --env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="134"/>
        <source>write the results as JUnit XML to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="136"/>
        <source>one JSON object per line per assertion and script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="138"/>
        <source>record the conversation to FILE (a folder: one session per script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="142"/>
        <source>fail a script that has not finished after S seconds (default 120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="146"/>
        <source>interrupt a script that computes for N ms without waiting (default 5000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="150"/>
        <source>the folder scripts may read files from (expectReplayMatches; default: each script&apos;s own folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="154"/>
        <source>Exit status: 0 every assertion passed; 1 a connection failed; 2 a bad script (syntax error, exception, endless loop) or bad arguments; 3 an assertion failed or a script timed out. With several scripts the first of 2, 1, 3 that occurred.
Scripts cannot write files or start programs, and read only inside the allowed folder; http.get and http.post reach http:// and https:// URLs only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRelay</name>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="56"/>
        <source>wsprobe-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="108"/>
        <source>Relaying %1 → %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="112"/>
        <source>Certificate fingerprint (SHA-256): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="144"/>
        <source>#%1 client %2 connected
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clirelay.cpp" line="206"/>
        <source>(%n waiting ahead)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="220"/>
        <source>[deflated: %1 in, %2 out]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="266"/>
        <source>client leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="266"/>
        <source>server leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="285"/>
        <source>#%1 paused %2 (%3 waiting behind it): [f]orward, [d]rop, [e]dit, [a]nswer? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="312"/>
        <source>%1 — type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="331"/>
        <source>The message (hex:, base64:, json: or file: before it for those modes): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="335"/>
        <source>f, d, e or a: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliScript</name>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="101"/>
        <source>Cannot read the environment file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="147"/>
        <source>The environment file %1 is not a JSON object: %2 (at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="161"/>
        <source>%1, line %2: expected NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="178"/>
        <source>The folder %1 holds no scripts (*.js).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="188"/>
        <source>Cannot make the folder %1 for the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="247"/>
        <source>▶ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="255"/>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="283"/>
        <source>  ✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="283"/>
        <source>  ✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="285"/>
        <source>  (line %1, %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="288"/>
        <source>      expected: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="289"/>
        <source>      got:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="302"/>
        <source>  log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliscript.cpp" line="325"/>
        <source>  passed: %n assertion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="330"/>
        <source>  failed: %1 of %2 assertion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="337"/>
        <source>  connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="340"/>
        <source>  script error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="344"/>
        <source>  script error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="354"/>
        <source>wsprobe-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="391"/>
        <source>wsprobe-cli: cannot write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="404"/>
        <source>Scripts: %1 · assertions: %2 · failed: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="419"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="421"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="477"/>
        <source>expected: %1
got: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="485"/>
        <source>the script runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="495"/>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliServe</name>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="25"/>
        <source>wsprobe-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="50"/>
        <source>wsprobe-cli: script: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="109"/>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="111"/>
        <source> (paths %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="114"/>
        <source>Certificate SHA-256: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <location filename="../app/cli/clisession.cpp" line="24"/>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="26"/>
        <source>%1: %2 more problem line(s) skipped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="63"/>
        <source>Cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="71"/>
        <source>Cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="75"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="76"/>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="91"/>
        <source>%1 has %2 WebSocket entries; converted entry %3 only. Choose another with --entry N; --list shows them all.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="105"/>
        <source>--entry picks an entry of a HAR file; %1 is a session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="122"/>
        <source>IN and OUT are the same file; choose another name for OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="135"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="142"/>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="148"/>
        <source>Wrote %1 event(s) to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="171"/>
        <location filename="../app/cli/clisession.cpp" line="220"/>
        <location filename="../app/cli/clisession.cpp" line="248"/>
        <source>wsprobe-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="196"/>
        <source>wsprobe-cli: the recorded request cannot be replayed: %1 Give another target with --url.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="198"/>
        <source>it has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="249"/>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="252"/>
        <source>Replayed %1 of %2 message(s); received %3 (the recording received %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisession.cpp" line="261"/>
        <source>%n wait(s) for replies timed out.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="6"/>
        <location filename="../ui/connection/closedialog.cpp" line="134"/>
        <source>Close connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="12"/>
        <source>&amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="18"/>
        <source>Close code preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="19"/>
        <source>Common close codes and what they mean; Custom keeps the code typed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="24"/>
        <source>Close &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="33"/>
        <source>Close code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="34"/>
        <source>1000 for a normal closure, or an application code from 3000 to 4999 (testing mode: any code from 0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="73"/>
        <source>Testing mode warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="39"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="45"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="55"/>
        <source>&amp;Testing mode: send any code and reason, breaking RFC 6455 on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="56"/>
        <source>For probing how a server handles a bad Close: codes 0–65535 (reserved and invalid ones too) and reasons over 123 bytes are sent as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="67"/>
        <source>Close error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="57"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="57"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="59"/>
        <source>%1 (a browser refuses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="69"/>
        <source>Custom code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="121"/>
        <source>%1 of %2 bytes (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="123"/>
        <source>Unassigned code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="130"/>
        <source>Testing mode: a browser would refuse this Close, and Wsprobe sends it anyway. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="134"/>
        <source>Send this Close (testing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeSnippet</name>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="69"/>
        <source>%1 sends every message in one frame (frames of %2 bytes here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="81"/>
        <source>A browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="86"/>
        <source>A browser cannot set request headers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="89"/>
        <source>A browser sends the page&apos;s own Origin, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="91"/>
        <source>A browser takes CA and client certificates, and trust exceptions, from its own settings, not from the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="94"/>
        <source>A browser uses its own proxy settings (%1 here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="96"/>
        <source>A browser always offers permessage-deflate compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="98"/>
        <source>A browser always answers pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="100"/>
        <source>A browser does not let a page send pings (every %1 ms here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="103"/>
        <source>A browser does not follow redirects of a WebSocket handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="105"/>
        <source>A browser has no limit a page could set on message size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="208"/>
        <source>ws needs an agent package for a proxy (%1 here), for example agent: new HttpsProxyAgent(...) from https-proxy-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="263"/>
        <source>Python&apos;s ssl module cannot read a PKCS#12 client certificate (%1); convert it to PEM (openssl pkcs12 -in FILE -nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="308"/>
        <source>websockets always answers pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="310"/>
        <source>websockets before 15 cannot use a proxy; 15 and newer read it from the environment (%1 here).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionFile</name>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="41"/>
        <source>folders nested too deeply at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="47"/>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="56"/>
        <source>%1: a folder without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="65"/>
        <source>%1: a connection without a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="71"/>
        <source>%1: unknown type &quot;%2&quot; (folder or connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="100"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="107"/>
        <source>not a Wsprobe collection (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="111"/>
        <source>written by a newer Wsprobe (collection version %1; this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="135"/>
        <location filename="../src/collection/collectionfile.cpp" line="166"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="151"/>
        <location filename="../src/collection/collectionfile.cpp" line="156"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../src/collection/collectionmodel.cpp" line="153"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/collection/collectionmodel.cpp" line="291"/>
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsUi</name>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="30"/>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="32"/>
        <source>Show the saved connections (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="34"/>
        <source>&amp;Environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="38"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="154"/>
        <source>Save Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="154"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="26"/>
        <source>PowerShell before 7.3 passes the argument %1 wrongly (an empty argument or a double quote in it); use PowerShell 7.3 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="31"/>
        <source>cmd.exe cannot pass an argument with a line break: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="68"/>
        <source>wscat sends only the last of several %1 headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="76"/>
        <source>wscat sends header values as Latin-1: the non-ASCII characters of %1 do not arrive as the UTF-8 Wsprobe sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="86"/>
        <source>wscat cannot use a client certificate from a PKCS#12 file (%1) nor its passphrase; convert it to PEM (openssl pkcs12 -in FILE -nodes) and give --cert and --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="104"/>
        <source>wscat does not read the system proxy settings; give it --proxy http://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="107"/>
        <source>wscat can use an HTTP (CONNECT) proxy only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="109"/>
        <source>wscat always offers permessage-deflate compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="111"/>
        <source>wscat always answers pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="113"/>
        <source>wscat does not send pings by itself (every %1 ms here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="115"/>
        <source>wscat has no option for the largest message (%1 bytes here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="118"/>
        <source>wscat sends every message in one frame (frames of %1 bytes here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="121"/>
        <source>wscat has no option for the handshake timeout (%1 ms here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="138"/>
        <source>websocat has no option for extra CA certificates (%1); on Linux, SSL_CERT_FILE=%1 makes it trust that file instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="146"/>
        <source>websocat takes a client certificate only as PKCS#12 (openssl pkcs12 -export -in %1 -inkey %2 -out client.p12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="156"/>
        <source>websocat needs the SOCKS5 proxy as an IP address, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="165"/>
        <source>websocat can use a SOCKS5 proxy only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="171"/>
        <source>websocat counts the ping interval in whole seconds: %1 s instead of %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="183"/>
        <source>websocat does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="185"/>
        <source>websocat sends every message in one frame (frames of %1 bytes here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="188"/>
        <source>websocat has no option for the handshake timeout (%1 ms here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="244"/>
        <source>wsprobe-cli has no option for the handshake timeout (%1 ms here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="247"/>
        <source>wsprobe-cli has no option for the close timeout (%1 ms here).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../src/connection/connection.cpp" line="67"/>
        <source>Already %1: disconnect before opening a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="97"/>
        <source>Cannot %1: the connection is %2 (readyState %3), not OPEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="109"/>
        <source>Send refused: %1 bytes already wait to be written (bufferedAmount) and this message of %2 bytes would take them past Wsprobe&apos;s limit of %3 bytes. The server is not reading fast enough; wait for bufferedAmount to fall, or change the limit with --max-buffered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="121"/>
        <location filename="../src/connection/connection.cpp" line="137"/>
        <source>send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="124"/>
        <source>A text message must be valid UTF-8; send these bytes as binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="149"/>
        <source>send a ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="152"/>
        <source>A ping payload is at most %1 bytes; this one is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="182"/>
        <source>send a Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="196"/>
        <source>send raw frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="199"/>
        <source>There are no raw frames to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="34"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="34"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="36"/>
        <source>Open a WebSocket connection to the URL (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="37"/>
        <source>Close and open the connection again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="84"/>
        <source>Reconnect countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="87"/>
        <source>Stop trying to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="114"/>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="117"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="118"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="119"/>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="120"/>
        <source>On Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="121"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="123"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="136"/>
        <source>ping payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="137"/>
        <source>Ping payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="139"/>
        <source>Up to 125 bytes of UTF-8 sent with the ping; the pong must echo them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="141"/>
        <source>Pin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="143"/>
        <source>Send a ping frame and measure the round trip (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="146"/>
        <source>Last round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="242"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="248"/>
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="249"/>
        <source>Pong received: round trip %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="253"/>
        <source>Reconnecting in %1 s (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="260"/>
        <source>Reconnecting (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="270"/>
        <source>Reconnecting cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connection/connectionpage.cpp" line="274"/>
        <source>Gave up reconnecting after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="284"/>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="413"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="9"/>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="17"/>
        <source>The ws:// or wss:// address to connect to. Recent URLs are remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="18"/>
        <source>WebSocket URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="23"/>
        <location filename="../ui/connection/connectionpanel.cpp" line="490"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="516"/>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="139"/>
        <source>Subprotocols (in order of preference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="143"/>
        <source>Sent as Sec-WebSocket-Protocol, first entry preferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="144"/>
        <source>Subprotocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="152"/>
        <source>e.g. graphql-transport-ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="153"/>
        <source>New subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="158"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="159"/>
        <source>Add the subprotocol to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="164"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="165"/>
        <source>Remove the selected subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="170"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="171"/>
        <source>Prefer the selected subprotocol more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="176"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="177"/>
        <source>Prefer the selected subprotocol less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="78"/>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="29"/>
        <source>Connection message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="37"/>
        <location filename="../ui/connection/connectionpanel.cpp" line="282"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="42"/>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="43"/>
        <source>The URL&apos;s query as rows; editing either one changes the other. Values are percent-encoded for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="46"/>
        <location filename="../ui/connection/connectionpanel.ui" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="47"/>
        <location filename="../ui/connection/connectionpanel.ui" line="82"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="54"/>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="59"/>
        <source>Remove parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="72"/>
        <location filename="../ui/connection/connectionpanel.cpp" line="285"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="85"/>
        <source>Request headers as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="86"/>
        <source>One header a line, e.g.
Authorization: Bearer abc
X-Trace-Id: 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="98"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="103"/>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="113"/>
        <source>&amp;Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="115"/>
        <source>Edit the headers as text, one &quot;Name: value&quot; a line (paste them from DevTools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="123"/>
        <location filename="../ui/connection/connectionpanel.cpp" line="288"/>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="187"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="191"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="199"/>
        <source>Protocol engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="200"/>
        <source>Wire: Wsprobe&apos;s own client, which sees every header and frame. Qt WebSockets: QWebSocket, as a second opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="205"/>
        <source>QWebSocket does not show server pings (it answers them unseen), frames or the handshake response. It refuses close codes 1012–1014 (the connection fails with 1002) and a UTF-8 character split across frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="207"/>
        <source>What the Qt engine cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="214"/>
        <source>&amp;Max message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="220"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="224"/>
        <source>Largest message accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="225"/>
        <source>Larger messages are refused with close code 1009 before memory is taken for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="230"/>
        <source>Keep-&amp;alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="236"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="237"/>
        <location filename="../ui/connection/connectionpanel.ui" line="378"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="239"/>
        <source>Keep-alive ping interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="240"/>
        <source>Send a ping this often while the connection is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="245"/>
        <source>Frame si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="251"/>
        <source>whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="252"/>
        <location filename="../ui/connection/connectionpanel.ui" line="283"/>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="254"/>
        <source>Outgoing frame size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="255"/>
        <source>Split outgoing messages into frames of at most this many bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="260"/>
        <source>Max fra&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="266"/>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="270"/>
        <source>Largest frame accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="271"/>
        <source>A frame whose header announces more is refused with close code 1009 before memory is taken for it. This is Wsprobe&apos;s limit, not the protocol&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="276"/>
        <source>Frame &amp;bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="282"/>
        <source>whole payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="287"/>
        <source>Payload bytes kept with each frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="288"/>
        <source>With &quot;Report every frame&quot;, each frame event keeps this many of its first payload bytes (shown as hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="293"/>
        <source>Pro&amp;xy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="299"/>
        <source>none · system · http://host:port · socks5://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="300"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="306"/>
        <source>Answer server &amp;pings automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="308"/>
        <source>Turn off to test how the server handles a client that stops answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="313"/>
        <source>Follow &amp;redirects (at most 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="318"/>
        <source>Offer permessage-&amp;deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="320"/>
        <source>Ask the server to compress messages (RFC 7692). The log shows both the size and the size on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="325"/>
        <source>Log every &amp;frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="326"/>
        <source>Show each frame in both directions with its FIN, RSV, mask and length bits (wire engine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="334"/>
        <source>Reconnect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="337"/>
        <source>After a close you did not ask for, connect again with growing, randomised delays; the &quot;on open&quot; messages are sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="341"/>
        <source>A&amp;ttempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="347"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="350"/>
        <source>Reconnect attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="351"/>
        <source>Give up after this many failed attempts in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="356"/>
        <source>First &amp;delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="362"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="366"/>
        <source>First reconnect delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="367"/>
        <source>Each further attempt waits twice as long, ±20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="372"/>
        <source>Lon&amp;gest delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="382"/>
        <source>Longest reconnect delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="390"/>
        <source>TLS (wss://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="394"/>
        <source>C&amp;A file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="402"/>
        <source>Extra certificate authorities to trust, PEM or DER (for a private or self-signed server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="408"/>
        <location filename="../ui/connection/connectionpanel.ui" line="430"/>
        <location filename="../ui/connection/connectionpanel.ui" line="452"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="409"/>
        <location filename="../ui/connection/connectionpanel.ui" line="431"/>
        <location filename="../ui/connection/connectionpanel.ui" line="453"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="416"/>
        <source>Client &amp;cert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="424"/>
        <source>Client certificate for mutual TLS: PEM (with the key below) or PKCS#12 (.p12/.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="438"/>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="446"/>
        <source>Private key of the client certificate, PEM (not needed for PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="460"/>
        <source>Pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="467"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="472"/>
        <source>&amp;Ignore certificate errors for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="473"/>
        <source>Connect even though the server&apos;s certificate is not trusted. The errors are still recorded in the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="481"/>
        <source>&amp;Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="487"/>
        <source>none (e.g. https://app.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="488"/>
        <source>Sent as the Origin header; servers often check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="489"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="48"/>
        <source>ws://127.0.0.1:8080/echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="53"/>
        <source>Wire (Wsprobe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="54"/>
        <source>Qt WebSockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="63"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="64"/>
        <source>Choose CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="65"/>
        <source>Choose a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="66"/>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="67"/>
        <source>Choose the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="68"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="230"/>
        <source>The subprotocol &quot;%1&quot; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="282"/>
        <source>Params (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="285"/>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="288"/>
        <source>Auth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="491"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="492"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="515"/>
        <source>Connection note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="559"/>
        <source>Still connected to %1. The edited URL is used when you reconnect (F5) or connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWorkbench</name>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="163"/>
        <source>Not recording this connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="262"/>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="287"/>
        <location filename="../src/workbench/connectionworkbench.cpp" line="339"/>
        <source>Not connected: connect before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="362"/>
        <source>On-open message not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="421"/>
        <source>The decoder &quot;%1&quot; was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDock</name>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="40"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="51"/>
        <source>Search name or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="52"/>
        <source>Search saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="64"/>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="65"/>
        <source>Double-click opens a connection in a new tab; drag to move it to another folder; F2 renames; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="94"/>
        <source>Save Tab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="95"/>
        <source>Save the current tab as a connection in the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="98"/>
        <location filename="../ui/collection/connectionsdock.cpp" line="208"/>
        <source>New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="98"/>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="99"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="99"/>
        <source>Import and export collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="101"/>
        <source>Import Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="102"/>
        <source>Export All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="178"/>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="178"/>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="189"/>
        <source>A folder cannot go into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="201"/>
        <source>Open in New Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="202"/>
        <source>Update from Current Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="206"/>
        <source>Save Current Tab Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="211"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="213"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="215"/>
        <source>Move To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="216"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="218"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="227"/>
        <source>Top Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="246"/>
        <source>Delete Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/collection/connectionsdock.cpp" line="247"/>
        <source>Delete the folder &quot;%1&quot; and the %n connection(s) in it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="257"/>
        <source>Import Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="258"/>
        <source>Collections (*.json);;Wsprobe collections (*.wsprobe.json);;Postman collections and environments (*.postman_collection.json *.postman_environment.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/collection/connectionsdock.cpp" line="279"/>
        <source>Imported %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/collection/connectionsdock.cpp" line="282"/>
        <source> and %n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="285"/>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="295"/>
        <location filename="../ui/collection/connectionsdock.cpp" line="312"/>
        <source>Export Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="297"/>
        <source>Include environments and global variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="300"/>
        <source>Include secret values (otherwise only their names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="311"/>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="314"/>
        <source>Wsprobe collections (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyAsDialog</name>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="6"/>
        <source>Copy as Command or Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="12"/>
        <source>&amp;As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="18"/>
        <source>The tool or language to write the connection for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="23"/>
        <source>&amp;Shell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="29"/>
        <source>The shell the command will be pasted into: it decides how arguments are quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="38"/>
        <source>Command or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="48"/>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="58"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.cpp" line="69"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.cpp" line="87"/>
        <source>Nothing of this connection is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.cpp" line="88"/>
        <source>Left out, because this form cannot express it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodePipeline</name>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="82"/>
        <source>JSON nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="122"/>
        <source>JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="134"/>
        <source>CBOR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="139"/>
        <source>%1 bytes follow the CBOR value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="261"/>
        <source>step %1: &quot;%2&quot; is not a decoding step (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="267"/>
        <source>step %1: %2 is a format and must be the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="271"/>
        <source>step %1: this build has no MessagePack support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="279"/>
        <source>step %1: write protobuf:FILE.proto:package.Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="288"/>
        <source>step %1 (protobuf): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="292"/>
        <source>step %1: %2 takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="364"/>
        <source>schema-less: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="402"/>
        <source>step %1 (%2): %3 at byte %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="406"/>
        <source>step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="422"/>
        <source>the pipeline &quot;%1&quot; cannot encode: it needs a format with a type at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedView</name>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="35"/>
        <source>&amp;Decoder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="50"/>
        <source>none — for example base64,zlib,msgpack or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="52"/>
        <source>Steps in order, separated by commas: base64, hex, gzip, zlib, deflate, inflate, then json, msgpack, cbor, protobuf or protobuf:FILE.proto:package.Type; auto guesses. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="55"/>
        <source>Decoder pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="58"/>
        <source>Proto File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="59"/>
        <source>Decode with the message types of a .proto file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="63"/>
        <source>&amp;Send composer JSON encoded this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="64"/>
        <source>JSON messages from the composer go out through this pipeline run backwards: MessagePack, CBOR or the protobuf type of the out= or first rule, then wrapped as the steps before it say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="78"/>
        <source>Decoded payload as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="83"/>
        <source>Decoded payload as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="87"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="88"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="128"/>
        <source>Choose a decoder to see binary messages as values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="141"/>
        <source>Only messages are decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="144"/>
        <source>(nothing to decode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="149"/>
        <source>Not decoded: %1. The Hex page has the raw bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="152"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="160"/>
        <source>Choose a .proto File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="161"/>
        <source>Protocol Buffers (*.proto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="167"/>
        <source>Type the message type after the last colon (package.Message), or rules such as in=pkg.Reply;out=pkg.Request, and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../src/demo/demoserver.cpp" line="30"/>
        <source>The demo server could not listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoserver.cpp" line="102"/>
        <source>Unknown path %1: try /echo, /ticker or /binary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServerUi</name>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="41"/>
        <source>Stop &amp;Demo Server (Port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="42"/>
        <source>Stop the built-in test server; its clients are disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="46"/>
        <source>Demo server listening on %1 — paths /echo, /ticker, /binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="55"/>
        <source>Start &amp;Demo Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="56"/>
        <source>Run the built-in test server on 127.0.0.1 (/echo, /ticker, /binary) and fill in its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="58"/>
        <source>Demo server stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="27"/>
        <source>Wsprobe Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="44"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="45"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="46"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="69"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="70"/>
        <source>Show the documentation&apos;s files in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="88"/>
        <source>The documentation is not installed: there is no README.md in %1.

Packages install it in share/doc/wsprobe beside the program&apos;s bin folder; in the source, it is README.md and the docs folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="116"/>
        <source>%1 is not part of the installed documentation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <location filename="../ui/connection/elidedlabel.cpp" line="146"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodedMessage</name>
    <message>
        <location filename="../src/compose/encodedmessage.cpp" line="38"/>
        <source>Not encoded with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../src/protocol/engine.cpp" line="41"/>
        <source>Raw frames need Wsprobe&apos;s own engine: QWebSocket writes only the frames it builds itself. Choose the wire engine (--engine wire, or Engine in the connection panel) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="108"/>
        <source>The server at %1:%2 rejected the WebSocket handshake: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="113"/>
        <source>Connection refused by %1:%2: no server is listening there, or a firewall refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="118"/>
        <source>The host &quot;%1&quot; was not found (DNS lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="120"/>
        <source>Timed out while connecting to %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="123"/>
        <source>The server closed the TCP connection without a closing handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="124"/>
        <source>The server at %1:%2 closed the connection during the opening handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="130"/>
        <source>The TLS handshake with %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="137"/>
        <source>Proxy error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="139"/>
        <source>Network error talking to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="143"/>
        <source>Connection error with %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentBar</name>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="18"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="22"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="23"/>
        <source>The variables {{name}} takes after the tab&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="29"/>
        <source>This Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="31"/>
        <source>On: the environment applies to the current tab only. Off: to every tab that has none of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="35"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="36"/>
        <source>Edit environments and global variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="49"/>
        <source>No Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentsDialog</name>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="63"/>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="65"/>
        <location filename="../ui/collection/environmentsdialog.cpp" line="82"/>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="67"/>
        <source>{{name}} in a URL, header or message takes the tab&apos;s own variable first, then the environment&apos;s, then the global one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="85"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="86"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="87"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="98"/>
        <source>Variables of the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="99"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="99"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="108"/>
        <source>Add Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="109"/>
        <source>Remove Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="125"/>
        <source>Globals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="129"/>
        <source>Used by every tab, whatever its environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="135"/>
        <source>Add Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="135"/>
        <location filename="../ui/collection/environmentsdialog.cpp" line="248"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="216"/>
        <source>A secret is masked here and left out of exports unless you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="248"/>
        <location filename="../ui/collection/environmentsdialog.cpp" line="254"/>
        <source>Rename Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="255"/>
        <source>There is already an environment called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="107"/>
        <source>the line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="154"/>
        <source>the &quot;%1&quot; field must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="170"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="180"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="182"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="195"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="202"/>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="217"/>
        <source>in the documented shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="244"/>
        <source>the &quot;time&quot; field is missing or not an ISO 8601 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="254"/>
        <source>the &quot;data&quot; field is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="274"/>
        <source>unknown message type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="288"/>
        <source>the &quot;code&quot; field must be from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="297"/>
        <source>the &quot;status&quot; field must be from 0 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="326"/>
        <source>unknown opcode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="343"/>
        <source>the &quot;event&quot; field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="344"/>
        <source>unknown event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <location filename="../src/log/eventlog.cpp" line="208"/>
        <source>Sent by Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="210"/>
        <source>Received from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="216"/>
        <source>Double-click to go to the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="221"/>
        <source>%1 B, %2 B on the wire (permessage-deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="332"/>
        <location filename="../src/log/eventlog.cpp" line="336"/>
        <location filename="../ui/log/logview.cpp" line="170"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="393"/>
        <source>Connected · protocol: %1 · extensions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="394"/>
        <location filename="../src/log/eventlog.cpp" line="395"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="397"/>
        <location filename="../src/log/eventlog.cpp" line="399"/>
        <source>(no payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="401"/>
        <source>round trip %1 ms · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="408"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="410"/>
        <source> · reason: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="411"/>
        <source> · clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="411"/>
        <source> · not clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="419"/>
        <source>%1 → (no response seen by this engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="421"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="437"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="439"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="441"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="443"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="445"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <location filename="../src/connection/event.cpp" line="114"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="116"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="118"/>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="120"/>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="122"/>
        <source>Pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="124"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="126"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="128"/>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="130"/>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="132"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="154"/>
        <source>Normal closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="156"/>
        <source>Going away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="158"/>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="160"/>
        <source>Unsupported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="162"/>
        <source>No status received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="164"/>
        <source>Abnormal closure (connection dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="166"/>
        <source>Invalid payload data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="168"/>
        <source>Policy violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="170"/>
        <source>Message too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="172"/>
        <source>Mandatory extension missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="174"/>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="176"/>
        <source>Service restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="178"/>
        <source>Try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="180"/>
        <source>Bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="182"/>
        <source>TLS handshake failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="185"/>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="187"/>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="189"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="194"/>
        <source>Registered for libraries and frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="196"/>
        <source>Application-defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="246"/>
        <source>
(%1 was folded over several lines, which RFC 9112 §5.2 makes obsolete; it is shown unfolded.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="251"/>
        <source>
(The body was sent with a chunked transfer coding, removed here.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="16"/>
        <source>Keep secrets (Authorization, cookies, token=… in the URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="18"/>
        <source>Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="19"/>
        <source>Wsprobe session (.wsprobe.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="20"/>
        <source>HAR 1.2, as Chrome DevTools writes it (.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="22"/>
        <source>Text transcript (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="23"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="25"/>
        <source>Rows to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="26"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/exportdialog.cpp" line="28"/>
        <source>The %n selected row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/exportdialog.cpp" line="31"/>
        <source>The %n row(s) the filter shows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="33"/>
        <source>Off: their values are written as &lt;redacted&gt;, so the file can be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="39"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="40"/>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="73"/>
        <source>Wsprobe sessions (*.wsprobe.jsonl *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="77"/>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="81"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="85"/>
        <source>Save Session As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="61"/>
        <source>the client used reserved opcode 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="62"/>
        <source>the server used reserved opcode 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="66"/>
        <source>the client set RSV1 without a negotiated extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="67"/>
        <source>the server set RSV1 without a negotiated extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="73"/>
        <source>the client set RSV%1, which no negotiated extension defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="74"/>
        <source>the server set RSV%1, which no negotiated extension defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="81"/>
        <source>the server masked a frame (servers must not mask, RFC 6455 §5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="85"/>
        <source>the client sent an unmasked frame (clients must mask every frame, RFC 6455 §5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="92"/>
        <source>the client fragmented a %1 control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="93"/>
        <source>the server fragmented a %1 control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="98"/>
        <source>the client sent a %1 control frame longer than 125 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="99"/>
        <source>the server sent a %1 control frame longer than 125 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="103"/>
        <source>the client compressed a %1 control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="104"/>
        <source>the server compressed a %1 control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="124"/>
        <source>the client sent a 64-bit frame length with the most significant bit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="126"/>
        <source>the server sent a 64-bit frame length with the most significant bit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="136"/>
        <source>the client announced a frame of %1 bytes, over this server&apos;s limit of %2 bytes per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="140"/>
        <source>the server announced a frame of %1 bytes, over Wsprobe&apos;s limit of %2 bytes per frame (change it with --max-frame-size, or Max frame size in the connection panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="264"/>
        <source>the client&apos;s Close frame has a 1-byte payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="265"/>
        <source>the server&apos;s Close frame has a 1-byte payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="275"/>
        <source>the client sent close code %1, which may not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="276"/>
        <source>the server sent close code %1, which may not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="281"/>
        <source>the client&apos;s close reason is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="282"/>
        <source>the server&apos;s close reason is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="290"/>
        <source>Protocol violation by the server: a %1 frame of %2 bytes has its length written in %3 bits, where RFC 6455 §5.2 requires the shortest form. Wsprobe keeps the conversation going; such frames are marked &quot;non-minimal length&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramedEngine</name>
    <message>
        <location filename="../src/protocol/frame/framedengine.cpp" line="500"/>
        <source>The connection is not open: raw frames cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramedLeg</name>
    <message>
        <location filename="../src/relay/framedleg.cpp" line="61"/>
        <source>The message could not be passed on in its frames: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphQlWsLayer</name>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="30"/>
        <source>GraphQL over WebSocket (legacy graphql-ws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="31"/>
        <source>GraphQL over WebSocket (graphql-transport-ws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="62"/>
        <source>a binary message: GraphQL over WebSocket sends text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="72"/>
        <source>the message must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="79"/>
        <source>the message has no &quot;type&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="86"/>
        <source>&quot;%1&quot; is not a message type of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="93"/>
        <source>%1: the message needs an &quot;id&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="104"/>
        <source>%1: the payload needs a &quot;query&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="126"/>
        <source>Connection Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="128"/>
        <source>Payload (JSON object, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="132"/>
        <source>Start Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="132"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="133"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="136"/>
        <source>Variables (JSON object, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="140"/>
        <source>Operation name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="144"/>
        <source>Stop Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="144"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="145"/>
        <source>Operation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="148"/>
        <source>Terminate Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="150"/>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="164"/>
        <source>%1: a JSON object is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="165"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="180"/>
        <source>query: the operation needs a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="200"/>
        <source>id: which operation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="211"/>
        <source>%1 has no action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="106"/>
        <source>The server answered 101 but its Upgrade header is &quot;%1&quot;, not &quot;websocket&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="109"/>
        <source>The server answered 101 but its Connection header is &quot;%1&quot;, not &quot;Upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="113"/>
        <source>The server answered 101 without a Sec-WebSocket-Accept header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="115"/>
        <source>The server&apos;s Sec-WebSocket-Accept &quot;%1&quot; does not match the key sent (expected &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="121"/>
        <source>The server chose more than one subprotocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="127"/>
        <source>The server chose the subprotocol &quot;%1&quot; although none was offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="129"/>
        <source>The server chose the subprotocol &quot;%1&quot;, which was not offered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="142"/>
        <source>The server accepted the extension &quot;%1&quot;, which was not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="145"/>
        <source>The server accepted permessage-deflate twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandshakeDialog</name>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="6"/>
        <source>Opening handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="17"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="23"/>
        <source>Request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="29"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="35"/>
        <source>Response as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="41"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="46"/>
        <source>TLS session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="57"/>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="62"/>
        <source>Copy as &amp;Command or Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="63"/>
        <source>The connection as a wscat, websocat or wsprobe-cli command, or as JavaScript, Node.js or Python code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="25"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="27"/>
        <source>Upgraded (HTTP 101). Subprotocol: %1 · extensions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="30"/>
        <source>The server refused the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="33"/>
        <source>(No response was seen. The QWebSocket engine does not expose the response; use the wire engine.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="35"/>
        <source>No response recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="41"/>
        <source>(The QWebSocket engine does not report the TLS session.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="42"/>
        <source>Not encrypted (ws://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="44"/>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="45"/>
        <source>Cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="46"/>
        <source>Server certificate chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="50"/>
        <source>Certificate errors ignored at your request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="57"/>
        <source>the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="80"/>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <location filename="../src/session/harreader.cpp" line="94"/>
        <source>the file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="109"/>
        <source>there is no &quot;log&quot; object, so this is not a HAR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="120"/>
        <source>%1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="128"/>
        <source>the JSON does not have the shape of HAR 1.2 near byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="136"/>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="139"/>
        <source>unexpected value near byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="153"/>
        <source>expected an object in an array near byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="169"/>
        <source>&quot;%1&quot; is not %2 (byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="184"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="196"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="248"/>
        <source>&quot;status&quot; %1 is not an HTTP status (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="308"/>
        <source>&quot;opcode&quot; %1 is not a WebSocket opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="311"/>
        <source>&quot;time&quot; %1 is not a time in seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="319"/>
        <source>a binary message&apos;s &quot;data&quot; is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="323"/>
        <source>message %1 of the entry (at byte %2) skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="366"/>
        <source>&quot;%1&quot; %2 is not a time in milliseconds (byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="399"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="406"/>
        <source>_wsprobeClose (byte %1) has a code or time out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="519"/>
        <source>the entry&apos;s %1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="521"/>
        <source>The file holds this connection&apos;s handshake but none of its messages (it has no &quot;_webSocketMessages&quot;). Firefox, among other tools, saves WebSocket connections in HAR without their messages; Chrome and Edge save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="426"/>
        <location filename="../src/session/harreader.cpp" line="468"/>
        <location filename="../src/session/harreader.cpp" line="503"/>
        <source>Not a readable HAR file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/session/harreader.cpp" line="486"/>
        <source>The HAR file has no WebSocket entries (it lists %n request(s)). In the browser&apos;s DevTools, open the Network panel before the page connects, then use &quot;Save all as HAR with content&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="507"/>
        <source>The HAR file has no WebSocket entry number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="514"/>
        <source>HAR entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="516"/>
        <source>the entry&apos;s startedDateTime is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderText</name>
    <message>
        <location filename="../src/connection/headertext.cpp" line="21"/>
        <source>Line %1 is not &quot;Name: value&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="14"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="15"/>
        <source>&amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="21"/>
        <source>Every keyboard shortcut of the window (Ctrl+/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="24"/>
        <source>Read the documentation installed with Wsprobe (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexCodec</name>
    <message>
        <location filename="../src/compose/hexcodec.cpp" line="30"/>
        <source>&quot;%1&quot; at position %2 is not a hexadecimal digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/hexcodec.cpp" line="44"/>
        <source>The hex text has an odd number of digits: each byte needs two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="14"/>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="19"/>
        <source>The server&apos;s response headers exceed %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="120"/>
        <source>The server closed the connection before completing its response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="136"/>
        <source>The server&apos;s response does not start with an HTTP status line: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="159"/>
        <source>The server sent a malformed header line: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../src/session/journal.cpp" line="67"/>
        <source>Cannot record to %1: another Wsprobe is recording there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/journal.cpp" line="80"/>
        <location filename="../src/session/journal.cpp" line="165"/>
        <source>Cannot record to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/journal.cpp" line="197"/>
        <location filename="../src/session/journal.cpp" line="208"/>
        <source>Recording to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="25"/>
        <source>JSON path, character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="29"/>
        <source>a path starts with &apos;$&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="35"/>
        <source>recursive descent (&apos;..&apos;) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="45"/>
        <source>expected a member name after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="50"/>
        <source>unexpected &apos;%1&apos; (expected &apos;.&apos; or &apos;[&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="53"/>
        <source>unfinished &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="77"/>
        <source>the quoted name is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="91"/>
        <source>the array index is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="92"/>
        <source>expected an array index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="95"/>
        <source>filter expressions are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="97"/>
        <source>expected a number, &apos;*&apos; or a quoted name after &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="101"/>
        <source>slices and unions are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="102"/>
        <source>expected &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="141"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="148"/>
        <source>unexpected end of text inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="149"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="149"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="158"/>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="165"/>
        <source>unexpected text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="169"/>
        <source>unexpected end of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="178"/>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="194"/>
        <source>nested more than 512 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="211"/>
        <source>a trailing comma before &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="212"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="223"/>
        <source>unexpected word; expected true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="252"/>
        <source>a {{placeholder}} must hold one variable name and end with }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="273"/>
        <source>a number needs digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="278"/>
        <source>a number needs digits after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="285"/>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="321"/>
        <location filename="../src/json/jsonscanner.cpp" line="341"/>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="328"/>
        <source>a control character inside a string must be escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="383"/>
        <source>\u must be followed by four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="404"/>
        <source>unknown escape sequence \%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <location filename="../src/json/jsontext.cpp" line="28"/>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontext.cpp" line="29"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="35"/>
        <source>Too large for a tree (%1 bytes); see the Text page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/json/jsontreemodel.cpp" line="90"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/json/jsontreemodel.cpp" line="91"/>
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="161"/>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="163"/>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="165"/>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="167"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="169"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="173"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="216"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="218"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="220"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerCache</name>
    <message>
        <location filename="../src/log/layercache.cpp" line="89"/>
        <source>%1: malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/log/layercache.cpp" line="91"/>
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/log/layercache.cpp" line="211"/>
        <source>(%1 of %2 binary attachments so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/layercache.cpp" line="213"/>
        <source>%1 of %2 binary attachments arrived before the next packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/layercache.cpp" line="248"/>
        <source>(attachment %1 of %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerDriver</name>
    <message>
        <location filename="../src/workbench/layerdriver.cpp" line="89"/>
        <source>No protocol layer is in use on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/layerdriver.cpp" line="93"/>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="20"/>
        <source>Answer heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="25"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="29"/>
        <source>Protocol layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="30"/>
        <source>Read this tab&apos;s messages as the packets of a protocol; Auto picks one from the subprotocol or the URL at every connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="32"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="33"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="38"/>
        <source>Answer pings and send keep-alives as the protocol&apos;s client library would (Engine.IO pong, STOMP heart-beats, MQTT PUBACK and PINGREQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="43"/>
        <source>Layer action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="57"/>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="62"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="89"/>
        <source>In use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="90"/>
        <source>Decided when the tab connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="181"/>
        <source>No protocol layer is in use on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerSession</name>
    <message numerus="yes">
        <location filename="../src/protocols/layersession.cpp" line="130"/>
        <source>(+%n attachment(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/protocols/layersession.cpp" line="36"/>
        <source>%1 of %2 binary attachments arrived before the next packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/layersession.cpp" line="124"/>
        <source>(reply to %1 #%2 after %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStream</name>
    <message numerus="yes">
        <location filename="../src/log/layerstream.cpp" line="119"/>
        <source>part of a packet that a later message completes (%n byte(s) so far)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="37"/>
        <source>Search payloads (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="39"/>
        <source>Search payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="40"/>
        <location filename="../ui/log/logfilterbar.cpp" line="311"/>
        <source>Shows only events whose full payload contains this text. Enter and Shift+Enter step through the matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="45"/>
        <location filename="../ui/log/logfilterbar.cpp" line="46"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="50"/>
        <source>Regular expression (PCRE syntax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="51"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="52"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="55"/>
        <source>Mark the matches and step through them, but keep every event in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="61"/>
        <source>Events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="62"/>
        <source>Choose the direction and the kinds of event the log shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="64"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="66"/>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="67"/>
        <source>Sent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="68"/>
        <source>Received only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="77"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="89"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="90"/>
        <source>Search Decoded Messages Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="93"/>
        <source>Search the decoded messages and the protocol layer&apos;s packet summaries too (the decoder is chosen on the detail pane&apos;s Decoded page); slower, as each message is decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="97"/>
        <source>Protocol Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="98"/>
        <source>Hide Heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="101"/>
        <source>Leave out messages that are only the protocol layer&apos;s keep-alives (Engine.IO ping/pong, STOMP heart-beats, MQTT PINGREQ…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="105"/>
        <source>Packet Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="115"/>
        <source>Match count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="117"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="118"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="120"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="121"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="125"/>
        <source>Time column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="126"/>
        <source>Show the time of day, the time since the connection opened, or the time since the previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="129"/>
        <source>Clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="130"/>
        <source>Since open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="131"/>
        <source>Since previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="195"/>
        <source>Show: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="197"/>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/logfilterbar.cpp" line="199"/>
        <source>Show: %n kind(s) hidden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="217"/>
        <source>Show All Packet Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="227"/>
        <source>Show messages with a %1 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="318"/>
        <source>match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/logfilterbar.cpp" line="321"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="323"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="332"/>
        <source>searching… %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <location filename="../src/log/logsearch.cpp" line="108"/>
        <source>Regex error at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../ui/log/logview.ui" line="13"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="27"/>
        <source>Dropped events notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="32"/>
        <source>Event count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="42"/>
        <location filename="../ui/log/logview.cpp" line="421"/>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="43"/>
        <source>Keep the view still while events keep arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="44"/>
        <source>Freeze view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="49"/>
        <source>Scroll to the newest event and keep following new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="54"/>
        <source>Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="55"/>
        <source>Remove every event from this log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="184"/>
        <source>Clear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="185"/>
        <source>Remove all %1 events from this log? The recording on disk is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="236"/>
        <source>%1 oldest events dropped (the log keeps %2; see Preferences). The recording on disk has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/logview.cpp" line="397"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="411"/>
        <source>Following new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="415"/>
        <source>Resume autoscroll (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="416"/>
        <source>Resume autoscroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="420"/>
        <source>Frozen · %1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="546"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="549"/>
        <source>Copy to Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="553"/>
        <source>Save as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="563"/>
        <source>Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="565"/>
        <source>Copy Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="569"/>
        <source>Save Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="573"/>
        <source>Freeze View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="576"/>
        <source>Clear Log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="6"/>
        <location filename="../ui/window/mainwindow.cpp" line="459"/>
        <location filename="../ui/window/mainwindow.cpp" line="466"/>
        <source>Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="18"/>
        <source>Connections and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="36"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="40"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="53"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="62"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="68"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="78"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="93"/>
        <source>&amp;New Connection Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="94"/>
        <source>Open another connection in a new tab (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="98"/>
        <source>Close &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="99"/>
        <source>Close the current tab; its connection is closed (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="103"/>
        <source>Re&amp;name Tab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="104"/>
        <source>Give the current tab a name of your own (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="108"/>
        <source>&amp;Find in Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="109"/>
        <source>Search the full payloads of the current log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="113"/>
        <source>F&amp;reeze Log View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="114"/>
        <source>Keep the log still while events keep arriving (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="119"/>
        <source>&amp;Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="120"/>
        <source>Put the cursor in the message editor (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="124"/>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="125"/>
        <source>Show the library of saved messages (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="130"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="131"/>
        <source>Fonts, log size, theme and language (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="185"/>
        <source>Scroll to the newest event and keep following (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="141"/>
        <source>Edit &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="142"/>
        <source>Put the cursor in the URL field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="147"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="148"/>
        <source>Open a WebSocket connection to the URL (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="153"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="154"/>
        <source>Close normally with code 1000, or cancel a connection attempt (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="159"/>
        <source>C&amp;lose With Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="160"/>
        <source>Close with a chosen code and reason (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="164"/>
        <source>&amp;Handshake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="165"/>
        <source>Inspect the opening handshake: request, response, and the connection as a command line (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="169"/>
        <source>Copy &amp;As Command or Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="170"/>
        <source>The connection in the panel as a wscat, websocat or wsprobe-cli command, or as JavaScript, Node.js or Python code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="174"/>
        <source>&amp;Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="175"/>
        <source>Send a ping frame and measure the round trip (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="179"/>
        <source>&amp;Send Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="180"/>
        <source>Send what is in the send box (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="184"/>
        <source>&amp;Follow New Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="190"/>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="191"/>
        <source>Remove every event from the log (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="196"/>
        <source>Start &amp;Demo Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="197"/>
        <source>Run the built-in test server on 127.0.0.1 (/echo, /ticker, /binary) and fill in its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="200"/>
        <source>&amp;Open Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="201"/>
        <source>Open a recorded session (.wsprobe.jsonl) or wsprobe-cli --json output in a read-only tab (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="205"/>
        <source>&amp;Import HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="206"/>
        <source>Open a WebSocket entry of a HAR file saved by Chrome, Edge or Firefox DevTools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="210"/>
        <source>&amp;Recent Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="211"/>
        <source>Every connection is recorded; reopen or delete the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="215"/>
        <source>&amp;Save Session As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="216"/>
        <source>Save the current tab as a session, HAR or text transcript, all rows or the selected ones (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="220"/>
        <source>Re&amp;play Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="221"/>
        <source>Send the current tab&apos;s outgoing messages again and compare the replies (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="225"/>
        <source>&amp;About Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="166"/>
        <source>Double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="221"/>
        <source>Wsprobe tab closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="262"/>
        <source>Rename Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="262"/>
        <source>Name (empty: use the URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="277"/>
        <source>%1 — %2 · double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="81"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="449"/>
        <source>Replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="460"/>
        <source>%1 — Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="469"/>
        <source>%1 — %2 — Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="474"/>
        <source>About Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="475"/>
        <source>&lt;h3&gt;Wsprobe %1&lt;/h3&gt;&lt;p&gt;A WebSocket test and debugging tool: connect, see what crosses the wire, poke the server, keep what happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="490"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="491"/>
        <source>The new language is used from the next start of Wsprobe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="598"/>
        <source>Wsprobe window closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <location filename="../src/session/mappedfile.cpp" line="27"/>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/mappedfile.cpp" line="32"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/mappedfile.cpp" line="42"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageAssembler</name>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="47"/>
        <source>the server sent a continuation frame with no message to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="50"/>
        <source>the client started a new %1 message before finishing the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="52"/>
        <source>the server started a new %1 message before finishing the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="62"/>
        <source>the client set RSV1 on a continuation frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="63"/>
        <source>the server set RSV1 on a continuation frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="66"/>
        <source>the client&apos;s message exceeds this server&apos;s limit of %1 bytes per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="68"/>
        <source>the server&apos;s message exceeds Wsprobe&apos;s limit of %1 bytes per message (change it with --max-message-size, or Max message size in the connection panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="87"/>
        <source>the client&apos;s text message ends in the middle of a UTF-8 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="94"/>
        <source>the client&apos;s compressed message inflates beyond this server&apos;s limit of %1 bytes per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="96"/>
        <source>the server&apos;s compressed message inflates beyond Wsprobe&apos;s limit of %1 bytes per message (change it with --max-message-size, or Max message size in the connection panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="37"/>
        <source>the server sent a text message that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="36"/>
        <source>the client sent a text message that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="45"/>
        <source>the client sent a continuation frame with no message to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="88"/>
        <source>the server&apos;s text message ends in the middle of a UTF-8 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="102"/>
        <source>the client&apos;s compressed message is not valid deflate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="103"/>
        <source>the server&apos;s compressed message is not valid deflate data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="58"/>
        <source>Event summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="68"/>
        <source>Payload text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="73"/>
        <source>Payload as a JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="74"/>
        <source>Right-click a member to copy its value or its JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="81"/>
        <source>Payload as a hex dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="84"/>
        <source>Payload as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="88"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="89"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="90"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="91"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="99"/>
        <source>Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="100"/>
        <source>The message through the log&apos;s decoder pipeline: base64, zlib, MessagePack, CBOR, Protocol Buffers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="108"/>
        <source>Packets at the protocol layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="112"/>
        <source>Packets as a JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="116"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="118"/>
        <source>The message as the protocol layer reads it: its packets, replies paired with their requests, attachments put back in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="127"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="130"/>
        <source>Show JSON one member per line on the Text page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="145"/>
        <source>Select an event to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="198"/>
        <source>(binary payload: see the Hex page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="203"/>
        <source>

… the first %1 bytes of %2 are shown; the Hex page and Copy Payloads have all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="238"/>
        <source> · %1 image %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="246"/>
        <source>This %1 image is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="248"/>
        <source>%1 images need Qt&apos;s image format plugins (qt6-image-formats-plugins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="281"/>
        <source>%1: malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/messagedetail.cpp" line="286"/>
        <source>%1, %n packet(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="359"/>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="360"/>
        <source>Copy JSON Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageMatcher</name>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="188"/>
        <source>Regex error at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="366"/>
        <source>missing; one of any, plain, regex, jsonEquals, jsonMatches, binaryPrefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="368"/>
        <location filename="../src/match/messagematcher.cpp" line="383"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="372"/>
        <source>unknown matcher type &quot;%1&quot;; one of any, plain, regex, jsonEquals, jsonMatches, binaryPrefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="382"/>
        <source>missing (a %1 matcher needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="402"/>
        <source>missing (the JSON value to compare with: &quot;ack&quot;, 3, true, null…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="419"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="430"/>
        <source>must be &quot;in&quot;, &quot;out&quot; or &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="441"/>
        <source>must be &quot;text&quot;, &quot;binary&quot; or &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="445"/>
        <source>not a key of a %1 matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="460"/>
        <source>any message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="463"/>
        <source>contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="475"/>
        <source>starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="479"/>
        <source> (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="481"/>
        <source>in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="481"/>
        <source>out: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="483"/>
        <source> [text]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="483"/>
        <source> [binary]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MqttLayer</name>
    <message>
        <location filename="../src/protocols/mqttreader.h" line="29"/>
        <source>%1 at byte %2 runs past the end of the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.h" line="64"/>
        <source>%1 at byte %2 is a variable integer longer than 4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="56"/>
        <source>MQTT 5.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="56"/>
        <source>MQTT 3.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="82"/>
        <source>an empty message holds no MQTT packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="97"/>
        <source>packet type 0 at byte %1 is reserved (or this message continues a packet begun in an earlier one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="104"/>
        <source>the remaining length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="106"/>
        <location filename="../src/protocols/mqttlayer.cpp" line="137"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="111"/>
        <source>%1: %2 bytes announced at byte %3, %4 in the message (a packet split across messages is not put together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="123"/>
        <source>%1: flags %2 at byte %3 must be %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="8"/>
        <source>the properties length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="9"/>
        <source>the properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="15"/>
        <source>a property identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="17"/>
        <source>property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="42"/>
        <source>the subscription identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="59"/>
        <source>a user property&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="60"/>
        <source>a user property&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="66"/>
        <source>property identifier %1 at byte %2 is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="72"/>
        <source>the properties end at byte %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="156"/>
        <source>the packet identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="162"/>
        <source>the protocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="163"/>
        <source>the protocol level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="167"/>
        <source>protocol name &quot;%1&quot; is not MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="171"/>
        <source>protocol level %1 is not 3, 4 (3.1.1) or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="175"/>
        <source>the connect flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="176"/>
        <source>the keep alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="183"/>
        <source>the client identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="188"/>
        <source>the will topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="189"/>
        <source>the will payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="193"/>
        <source>the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="195"/>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="199"/>
        <source>CONNECT %1 (MQTT %2, keep alive %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="205"/>
        <source>the acknowledge flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="206"/>
        <source>the return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="212"/>
        <source>CONNACK code %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="212"/>
        <source> (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="212"/>
        <source> (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="218"/>
        <source>QoS 3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="221"/>
        <source>the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="260"/>
        <location filename="../src/protocols/mqttlayer.cpp" line="324"/>
        <source>the reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="266"/>
        <source>a reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="282"/>
        <source>a topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="285"/>
        <source>the subscription options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="295"/>
        <source>no topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="309"/>
        <source>a return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="320"/>
        <source>AUTH exists in MQTT 5 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocols/mqttlayer.cpp" line="330"/>
        <source>%n byte(s) left over at byte %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="335"/>
        <source>QoS (0, 1, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="339"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="340"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="342"/>
        <source>Version (4 = 3.1.1, 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="344"/>
        <source>Keep alive (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="346"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="347"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="349"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="350"/>
        <location filename="../src/protocols/mqttlayer.cpp" line="360"/>
        <source>Topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="353"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="354"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="355"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="357"/>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="359"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="361"/>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="362"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="380"/>
        <source>%1: a number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="397"/>
        <source>version: 4 (MQTT 3.1.1) or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="416"/>
        <source>topic: which topic filter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="432"/>
        <source>topic: where to publish?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="451"/>
        <source>MQTT has no action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MsgPackCodec</name>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="219"/>
        <source>MessagePack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="225"/>
        <source>MessagePack nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="228"/>
        <source>the MessagePack value is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="231"/>
        <source>byte 0x%1 starts no MessagePack value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="238"/>
        <source>%1 bytes follow the MessagePack value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="264"/>
        <location filename="../src/decode/msgpackcodec.cpp" line="271"/>
        <source>this build has no MessagePack support (WSPROBE_MSGPACK)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnOpenPanel</name>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="14"/>
        <source>Sent in this order after every open, and again after every reconnect. Variables are expanded each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="20"/>
        <source>Messages sent on open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="32"/>
        <source>Add from composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="32"/>
        <source>Add the composer&apos;s message to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="34"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="34"/>
        <source>Remove the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="35"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="35"/>
        <source>Send the selected message earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="36"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="36"/>
        <source>Send the selected message later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningHandshake</name>
    <message>
        <location filename="../src/protocol/client/openinghandshake.cpp" line="59"/>
        <source>The server at %1 sent an invalid handshake response: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/openinghandshake.cpp" line="99"/>
        <source>The server at %1 refused the WebSocket upgrade: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/openinghandshake.cpp" line="102"/>
        <source> — body: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingMessage</name>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="33"/>
        <source>&quot;%1&quot; at position %2 is not a base64 character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="37"/>
        <source>&quot;=&quot; padding at position %1 comes before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/compose/outgoingmessage.cpp" line="42"/>
        <source>The base64 text ends in the middle of a group: %n character(s) too many or missing &quot;=&quot; padding.</source>
        <translation>
            <numerusform>The base64 text ends in the middle of a group: %n character too many or missing &quot;=&quot; padding.</numerusform>
            <numerusform>The base64 text ends in the middle of a group: %n characters too many or missing &quot;=&quot; padding.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="108"/>
        <source>Choose a file to send first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="113"/>
        <source>%1 is larger than 2 GiB, more than one WebSocket message can carry here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="118"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="132"/>
        <source>Not valid base64: only A–Z, a–z, 0–9, +, / and = padding are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="134"/>
        <source>Not valid base64: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="152"/>
        <source>Not valid JSON — %1. Switch to Text to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="176"/>
        <source>Not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadInspector</name>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="50"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="52"/>
        <source> · sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="54"/>
        <source> · received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="55"/>
        <source> · %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="57"/>
        <source> · %1 bytes on the wire (compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="59"/>
        <source> · %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerMessageDeflate</name>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="29"/>
        <source>The server repeated the permessage-deflate parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="38"/>
        <source>The server&apos;s permessage-deflate parameter %1=%2 is not a window size from 8 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="57"/>
        <source>The server answered permessage-deflate with the parameter &quot;%1&quot;, which was not offered or is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="80"/>
        <source>The client repeated the permessage-deflate parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="98"/>
        <source>The client offered permessage-deflate with the parameter &quot;%1&quot;, which is unknown or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodicSender</name>
    <message>
        <location filename="../src/compose/periodicsender.cpp" line="23"/>
        <source>Not connected: connect before starting the periodic sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/periodicsender.cpp" line="65"/>
        <source>The connection refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PongScheduler</name>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="31"/>
        <source>%n client ping(s) went unanswered: while the client was not reading, Wsprobe answered only the latest ping, as RFC 6455 §5.5.3 allows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="35"/>
        <source>%n client ping(s) went unanswered: the client stopped reading, so its pongs could not be written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="38"/>
        <source>%n server ping(s) went unanswered: while the server was not reading, Wsprobe answered only the latest ping, as RFC 6455 §5.5.3 allows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="41"/>
        <source>%n server ping(s) went unanswered: the server stopped reading, so its pongs could not be written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="105"/>
        <source>%1: Basic auth with variables (encode it as an Authorization header yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="112"/>
        <source>%1: %2 auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="152"/>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="184"/>
        <source>%1: header %2 (the handshake sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="208"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="222"/>
        <source>%1: not a WebSocket request (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="235"/>
        <source>Postman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="268"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="282"/>
        <source>a Postman collection of schema %1; Wsprobe reads v2.1 (and v2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="296"/>
        <source>Postman collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="300"/>
        <source>collection scripts (pre-request and test events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="26"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="36"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="37"/>
        <source>%1 size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="50"/>
        <source>&amp;Log font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="51"/>
        <source>Log font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="52"/>
        <source>&amp;Composer font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="53"/>
        <source>Composer font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="57"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="59"/>
        <source>Events kept in a live log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="60"/>
        <source>Beyond this, the oldest events leave the log (the recording on disk keeps them); about 32 bytes plus the payload each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="62"/>
        <source>&amp;Keep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="64"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="65"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="66"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="68"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="69"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="71"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="75"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="76"/>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="77"/>
        <source>A new language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="83"/>
        <source>Also redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="85"/>
        <source>One name per line. Saved sessions write the value of a header with this name, and of a URL query parameter whose name contains it (any case), as &lt;redacted&gt;, besides Authorization, cookies and token=… — even when you keep secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="88"/>
        <source>Also &amp;redact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtoWire</name>
    <message>
        <location filename="../src/decode/protowire.cpp" line="51"/>
        <source>a field key is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="55"/>
        <source>field number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="61"/>
        <source>the varint of field %1 is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="70"/>
        <source>the fixed-width field %1 is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="82"/>
        <source>the length of field %1 is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="85"/>
        <source>field %1 claims %2 bytes, %3 are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="106"/>
        <source>field %1 has wire type %2, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtobufSchema</name>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="88"/>
        <source>the prefix &quot;%1&quot; is not hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="97"/>
        <source>&quot;%1&quot; needs a field number, as in @1:5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="103"/>
        <source>&quot;%1&quot; is no condition: use in, out, 0xPREFIX or @FIELD:VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="108"/>
        <source>the rule &quot;%1&quot; names no message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="114"/>
        <source>name a message type, as in FILE.proto:package.Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="174"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="178"/>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="187"/>
        <source>no message type %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="200"/>
        <source>no rule chooses a message type for this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="208"/>
        <source>the bytes are not a valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="239"/>
        <source>no rule gives a message type to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="264"/>
        <location filename="../src/decode/protobufschema.cpp" line="271"/>
        <location filename="../src/decode/protobufschema.cpp" line="277"/>
        <source>this build has no Protocol Buffers support (WSPROBE_PROTOBUF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolLayer</name>
    <message>
        <location filename="../src/protocols/protocollayer.cpp" line="97"/>
        <source>JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolRegistry</name>
    <message>
        <location filename="../src/protocols/protocolregistry.cpp" line="78"/>
        <source>no protocol layer &quot;%1&quot; (known: auto, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="106"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="107"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="108"/>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="109"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="110"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="111"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="112"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="118"/>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="119"/>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="120"/>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="114"/>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="115"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="116"/>
        <source>Undocks and re-attaches the dock widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="117"/>
        <source>Closes the dock widget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="53"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="54"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="55"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="56"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="57"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="58"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="59"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="60"/>
        <source>Show </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="61"/>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="62"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="63"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="64"/>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="65"/>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="66"/>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="67"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="68"/>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="69"/>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="70"/>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="71"/>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="72"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="73"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="74"/>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="75"/>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="76"/>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="77"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="78"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="79"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="80"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="81"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="82"/>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="83"/>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="84"/>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="85"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="86"/>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="87"/>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="88"/>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="89"/>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="90"/>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="91"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="92"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="93"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="94"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="97"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="100"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="101"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="102"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="103"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="104"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="105"/>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="31"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="32"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="33"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="34"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="35"/>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="113"/>
        <source>Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="38"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="39"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="40"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="41"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="42"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="43"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="44"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="36"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="37"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="13"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="14"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="15"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="16"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="17"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="18"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="19"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="20"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="21"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="22"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="23"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="24"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="26"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="27"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="28"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="29"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="30"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="123"/>
        <source>Scroll here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="124"/>
        <source>Left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="125"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="126"/>
        <source>Right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="127"/>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="128"/>
        <source>Page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="129"/>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="130"/>
        <source>Page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="131"/>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="132"/>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="133"/>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="134"/>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="135"/>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="121"/>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="122"/>
        <source>Scroll Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="136"/>
        <source>Insert Unicode control character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="45"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="46"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="47"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="48"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="49"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="51"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="52"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtWebSocketEngine</name>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="325"/>
        <source>No WebSocket handshake from %1:%2 within %3 ms; gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="409"/>
        <source>the server masked a frame (servers must not mask, RFC 6455 §5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="415"/>
        <source>the server&apos;s Close frame has a 1-byte payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="419"/>
        <source>the server sent close code %1, which RFC 6455 allows but QWebSocket refuses (Qt 6.4 accepts none of 1012–1014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="423"/>
        <source>the server sent close code %1, which may not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="425"/>
        <source>the server&apos;s close reason is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="429"/>
        <source>QWebSocket did not accept the server&apos;s Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="441"/>
        <source>QWebSocket also refuses a UTF-8 character split across frames, which RFC 6455 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="450"/>
        <source>Protocol error found by QWebSocket: %1. Wsprobe closes the connection with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="478"/>
        <source>The server at %1:%2 answered, but the WebSocket handshake failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="511"/>
        <source>The server closed the TCP connection without a closing handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="515"/>
        <source>QWebSocket closed the connection with code %1 without saying whether the server sent a Close; this Qt version does not let Wsprobe tell a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="533"/>
        <source>The server did not answer the Close frame within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="12"/>
        <source>Messages per second, last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="56"/>
        <source>-%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="56"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="80"/>
        <source>Messages per second, last minute · peak %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawFrame</name>
    <message>
        <location filename="../src/protocol/frame/rawframe.cpp" line="35"/>
        <source>the opcode %1 does not fit in 4 bits (0–15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/rawframe.cpp" line="38"/>
        <source>a length of %1 does not fit in the 7-bit length field (0–125)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/rawframe.cpp" line="40"/>
        <source>a length of %1 does not fit in the 16-bit length field (0–65535)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawFramePanel</name>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="13"/>
        <source>Testing feature warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="20"/>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="27"/>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="31"/>
        <source>RSV1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="32"/>
        <source>RSV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="33"/>
        <source>RSV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="36"/>
        <source>Masked, key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="42"/>
        <source>Masking key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="58"/>
        <source>Length field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="65"/>
        <source>Declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="70"/>
        <source>Declared length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="75"/>
        <source>Fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="81"/>
        <source>Fragment sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="86"/>
        <source>between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="97"/>
        <source>Frames to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="22"/>
        <source>⚠ Testing feature: the frames are written exactly as set, even where they break RFC 6455; the server may close the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="28"/>
        <source>0x%1 reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="29"/>
        <source>0x%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="33"/>
        <source>The frame&apos;s opcode; 3–7 and 11–15 are reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="34"/>
        <source>FIN: the last frame of the message (the last fragment when split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="36"/>
        <source>RSV1 (permessage-deflate&apos;s bit): set on the first frame; the payload is sent as it is, not compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="38"/>
        <source>RSV2: no extension defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="39"/>
        <source>RSV3: no extension defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="40"/>
        <source>Clients must mask every frame; clear to send unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="41"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="42"/>
        <source>The masking key in hex, e.g. 0x11223344; empty: a new random key for each frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="44"/>
        <source>shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="45"/>
        <source>7 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="46"/>
        <source>16 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="47"/>
        <source>64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="48"/>
        <source>How the payload length is written; a wider form than needed is non-minimal, which RFC 6455 forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="50"/>
        <source>Write this length in the first frame&apos;s header instead of the payload&apos;s true size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="52"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="55"/>
        <source>e.g. 3+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="56"/>
        <source>Split the message into frames of these sizes in bytes, joined by +; the rest goes in one more frame. Empty: one frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="59"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="60"/>
        <source>a ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="61"/>
        <source>a pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="62"/>
        <source>A control frame written between two fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="120"/>
        <source>Raw frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="168"/>
        <source>Frames to write (%1 bytes): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="180"/>
        <source>In wsprobe-cli: --send-frame %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawFrameRecipe</name>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="151"/>
        <source>The fragments add up to %1 bytes, more than the payload&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="179"/>
        <source>The frame cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="180"/>
        <source>Frame %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="201"/>
        <source>the SPEC is empty; give keys such as opcode=text,payload=text:hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="211"/>
        <source>an empty item at position %1: remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="212"/>
        <source>&quot;%1&quot; is not of the form key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="226"/>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="235"/>
        <source>text, binary, continuation, close, ping, pong or a number 0–15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="245"/>
        <source>0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="251"/>
        <source>a masking key of up to 8 hex digits such as 0x11223344, or random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="256"/>
        <source>a length in bytes, 0–18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="259"/>
        <source>7, 16, 64 or shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="262"/>
        <source>fragment sizes in bytes joined by +, such as 3+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="269"/>
        <source>ping, pong or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="277"/>
        <source>unknown key &quot;%1&quot;; the keys are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="281"/>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="286"/>
        <source>key= gives a masking key, but mask=0 says the frame is not masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="290"/>
        <source>between= puts a control frame between fragments: give split= too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="298"/>
        <source>payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="340"/>
        <source>--send-frame SPEC (testing servers) writes one message&apos;s frames exactly as SPEC says, after the open, in order with --send and --send-hex; the wire engine only. SPEC is key=value items separated by commas, payload last (it takes the rest, commas included): opcode=text|binary|continuation|close|ping|pong|0-15 (default text), fin=0|1, rsv1=0|1, rsv2=0|1, rsv3=0|1, mask=0|1 (default 1), key=HEX|random (the masking key), len=N (a length field that lies), lenbits=7|16|64|shortest (non-minimal forms too), split=N+N... (fragments of these sizes, the rest in a last one; opcode, RSV bits and len go on the first), between=ping|pong (a control frame between fragments), payload=text:...|json:...|hex:...|base64:...|file:PATH (hex gives invalid UTF-8 in a text frame).
Example: --send-frame &apos;opcode=text,split=2+2,between=ping,payload=hex:48 65 ff 6c 6f&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayBreakpoint</name>
    <message>
        <location filename="../src/relay/relaybreakpoint.cpp" line="60"/>
        <source>The breakpoint &quot;%1&quot; needs json:PATH=JSON or json:PATH~REGEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaybreakpoint.cpp" line="70"/>
        <source>The breakpoint &quot;%1&quot;: &quot;%2&quot; is not a JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaybreakpoint.cpp" line="81"/>
        <source>The breakpoint &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayBreakpointPanel</name>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="16"/>
        <source>Breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="17"/>
        <source>client → Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="18"/>
        <source>server → Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="19"/>
        <source>both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="21"/>
        <source>any · text:STR · regex:RE · json:$.type=&quot;ack&quot; · json:$.id~^4 · hex:00 ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="22"/>
        <source>Breakpoint rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="23"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="24"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayClientList</name>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="18"/>
        <source>Re&amp;play Against Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="19"/>
        <source>Ser&amp;ve This Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="21"/>
        <source>Client connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="22"/>
        <source>Open the finished conversation&apos;s server leg as a session and replay it against the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="24"/>
        <source>Open a Serve tab that answers clients as this conversation&apos;s server did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="96"/>
        <source>Client ↔ Wsprobe: the client&apos;s request, Wsprobe&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="97"/>
        <source>Wsprobe ↔ server: Wsprobe&apos;s request, the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="102"/>
        <source>(not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="124"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="124"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="128"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="129"/>
        <source>#%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayController</name>
    <message>
        <location filename="../src/relay/relaycontroller.cpp" line="169"/>
        <source>Wsprobe&apos;s relay could not open %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayLogModel</name>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="122"/>
        <source>Arrived as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="138"/>
        <source>queued (%n ahead)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="143"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="143"/>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="147"/>
        <source>%1 · %n frames</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="149"/>
        <source>%1 · %n frames → 1 (edited)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="151"/>
        <source>%1 · %n frames → 1 (deflate)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="156"/>
        <source>ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="158"/>
        <source>pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="160"/>
        <source>close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="166"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="168"/>
        <source>%1 B (wire %2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="188"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="190"/>
        <source>Where it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="192"/>
        <source>Fate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="194"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="196"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="198"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayMessageEditor</name>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="13"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="14"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="15"/>
        <source>Binary (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="16"/>
        <source>Binary (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="17"/>
        <source>Binary (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="18"/>
        <source>Message mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="19"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="43"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="44"/>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="53"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="54"/>
        <source>Listen on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="58"/>
        <source>Listen on 127.0.0.1, port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="74"/>
        <source>Relay log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="77"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="78"/>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="80"/>
        <source>Breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="42"/>
        <source>Accept permessage-&amp;deflate from clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="66"/>
        <source>Handshakes of both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="81"/>
        <source>Handshakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="89"/>
        <source>&amp;Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="90"/>
        <source>&amp;Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="91"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="129"/>
        <source>Not listening. A client that connects here is connected to the upstream URL; what they say shows below, with where each message went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="140"/>
        <source>Cookie, X-Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="141"/>
        <source>Client headers not passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="142"/>
        <source>Names of the client&apos;s request headers not to pass upstream, separated by commas. Headers set above are added or replace the client&apos;s of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="147"/>
        <source>Each client is connected to this URL (without a path: to the client&apos;s path and query). The client&apos;s subprotocols, Origin and headers go along; those set here are added or win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="155"/>
        <source>Do not pass on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="169"/>
        <source>Each leg negotiates compression for itself: the client&apos;s leg here, the server&apos;s with the upstream&apos;s option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="174"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="175"/>
        <source>Record conversations to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="176"/>
        <source>Each conversation is recorded as two sessions in this folder, one per leg; the server&apos;s leg can be replayed or served once the conversation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="179"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="182"/>
        <source>Record Relayed Conversations To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="192"/>
        <source>Record to folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="210"/>
        <location filename="../ui/relay/relaypage.cpp" line="467"/>
        <source>Nothing is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="213"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="214"/>
        <source>Forward &amp;Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="215"/>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="216"/>
        <source>&amp;Answer Locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="217"/>
        <source>Pass the paused message on as it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="218"/>
        <source>Pass on what the editor holds instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="219"/>
        <source>Do not pass the paused message on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="220"/>
        <source>Do not pass it on; send what the editor holds back to its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="240"/>
        <source>Wsprobe → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="241"/>
        <source>Wsprobe → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="242"/>
        <source>Inject to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="244"/>
        <source>&amp;Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="245"/>
        <source>Send this message to the chosen side of the shown client connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="248"/>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="311"/>
        <source>Breakpoints not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="344"/>
        <source>Listening on %1 — each client is connected to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="349"/>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="353"/>
        <source>Recording each conversation to %1 (one session per leg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="356"/>
        <source>Relay :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="366"/>
        <source>Stopped: no new clients; the open ones were closed with 1001 (going away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relay/relaypage.cpp" line="473"/>
        <source>Paused: %1 (%n more waiting behind it in this direction)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="536"/>
        <source>That side of the connection is gone; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayRecord</name>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="88"/>
        <source>client → Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="90"/>
        <source>Wsprobe → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="92"/>
        <source>server → Wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="94"/>
        <source>Wsprobe → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="103"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="105"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="107"/>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="109"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="111"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="113"/>
        <source>answered locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="115"/>
        <source>injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="117"/>
        <source>undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="119"/>
        <source>mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="126"/>
        <location filename="../src/relay/relayrecord.cpp" line="129"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="127"/>
        <location filename="../src/relay/relayrecord.cpp" line="130"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="133"/>
        <source>Wsprobe → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="135"/>
        <source>%1 → Wsprobe ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="136"/>
        <source>%1 → Wsprobe → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relayrecord.cpp" line="146"/>
        <source>%n frames, passed on as they came</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relayrecord.cpp" line="148"/>
        <source>%n frames, sent as one: edited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relayrecord.cpp" line="150"/>
        <source>%n frames, sent as one: permessage-deflate on a leg</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayRecorder</name>
    <message>
        <location filename="../src/relay/relayrecorder.cpp" line="43"/>
        <source>Cannot record to “%1”: it is not a folder Wsprobe can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayUi</name>
    <message>
        <location filename="../ui/relay/relayui.cpp" line="10"/>
        <source>New &amp;Relay Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayui.cpp" line="11"/>
        <source>Sit between a real client and its server: see, pause, edit and inject their messages (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relay/relayui.cpp" line="29"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="27"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="28"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="29"/>
        <source>Time between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="33"/>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="34"/>
        <source>bufferedAmount threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="35"/>
        <source>A message is skipped while this many bytes or more are still waiting to be sent (bufferedAmount), so a slow server is not flooded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="40"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="41"/>
        <source>Messages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="42"/>
        <source>Stop after this many messages; 0 sends until stopped or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="45"/>
        <source>Sent and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="48"/>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="49"/>
        <source>Only while bufferedAmount &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="50"/>
        <source>&amp;Stop after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="57"/>
        <source>Sends what is in the composer, variables expanded each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="62"/>
        <source>%1 sent · %2 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="90"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="98"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="101"/>
        <source>Stopped: the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="104"/>
        <source>Done: the count was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="107"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="116"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="116"/>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="25"/>
        <source>Step through: send one message per click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="32"/>
        <source>Replay Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="39"/>
        <source>Name: value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="43"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="44"/>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="45"/>
        <source>1 = the recorded timing, 2 = twice as fast; 0 = at once, while the server keeps up (bufferedAmount stays low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="48"/>
        <source>Do not wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="49"/>
        <source>a regular expression, e.g. &quot;type&quot;:&quot;ack&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="50"/>
        <source>timestamp, id, $.data.requestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="51"/>
        <source>JSON keys ignored at any depth, or paths from the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="53"/>
        <source>one regular expression per line, e.g. \d{4}-\d\d-\d\dT\S+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="59"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="61"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="62"/>
        <source>&amp;Subprotocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="63"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/replaydialog.cpp" line="65"/>
        <source>Sending %n recorded message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="67"/>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="69"/>
        <source>Before each send, wait for &amp;replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="70"/>
        <source>…or for a reply &amp;matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="71"/>
        <source>Compare the replies with the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="73"/>
        <source>Ignore &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="74"/>
        <source>Mask &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="77"/>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="102"/>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayLauncher</name>
    <message>
        <location filename="../ui/replay/replaylauncher.cpp" line="26"/>
        <source>Replay Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaylauncher.cpp" line="27"/>
        <source>This tab has no outgoing messages to replay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="28"/>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="29"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="39"/>
        <source>Send the next recorded message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="40"/>
        <source>Stop sending and close the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50"/>
        <source>Replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="56"/>
        <source>Comparison of recorded and replayed replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="89"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="97"/>
        <source>Sent %1 of %2 · received %3 (recorded: %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="101"/>
        <source> · waiting for replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="119"/>
        <source>The replay could not connect; nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="129"/>
        <source>PASS: all %1 replies match the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="130"/>
        <source>FAIL: %1 the same, %2 changed, %3 missing, %4 extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="146"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="149"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="152"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="155"/>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="114"/>
        <source>Sends Authorization: Bearer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="116"/>
        <source>Sends Authorization: Basic %1 (%2 and the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="117"/>
        <source>no user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="119"/>
        <source>Sends the header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="121"/>
        <source>Adds %1=%2 to the URL&apos;s query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="123"/>
        <source>Sends no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestExpander</name>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="31"/>
        <source>the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="34"/>
        <location filename="../src/collection/requestexpander.cpp" line="35"/>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="37"/>
        <source>the Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="39"/>
        <source>a subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/collection/requestexpander.cpp" line="41"/>
        <source>Not connected: unknown variable(s) %1 in %2. Define them in the tab&apos;s Variables, in an environment or in the globals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="34"/>
        <location filename="../src/protocol/requestvalidator.cpp" line="45"/>
        <source>Enter a URL, for example ws://127.0.0.1:8080/echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="51"/>
        <source>The URL has no scheme: start it with ws:// or wss://, for example ws://localhost:8080/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="54"/>
        <source>The URL is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="58"/>
        <source>&quot;%1://&quot; is an HTTP URL; WebSocket URLs use %2:// (try %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="62"/>
        <source>Unsupported scheme &quot;%1&quot;: WebSocket URLs start with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="65"/>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="67"/>
        <source>WebSocket URLs cannot contain a fragment (the part after &quot;#&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="84"/>
        <source>A subprotocol name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="89"/>
        <source>The subprotocol &quot;%1&quot; contains &quot;%2&quot;, which is not allowed in a token (RFC 7230: letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="91"/>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="105"/>
        <source>The subprotocol &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="114"/>
        <source>A header name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="116"/>
        <source>&quot;%1&quot; is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, no spaces or colons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="123"/>
        <source>The header &quot;%1&quot; is set by Wsprobe from the subprotocol list; add the subprotocols there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="127"/>
        <source>The header &quot;%1&quot; is set by Wsprobe; use the option &quot;Offer permessage-deflate&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="131"/>
        <source>The header &quot;%1&quot; is part of the WebSocket handshake, which Wsprobe writes itself: remove it from the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="135"/>
        <source>The header &quot;%1&quot; is fixed by the WebSocket handshake and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="138"/>
        <source>The Host header is taken from the URL; change the URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="140"/>
        <source>Set the Origin in its own field rather than as a custom header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="143"/>
        <source>The value of header &quot;%1&quot; contains a line break or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="153"/>
        <source>The Origin contains a line break or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="168"/>
        <source>The API key has no name: enter the header or query parameter that carries it (Auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="180"/>
        <source>Close code %1 cannot be sent by an application: use 1000 or a code from 3000 to 4999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="186"/>
        <source>The close reason is %1 bytes of UTF-8; at most %2 bytes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="196"/>
        <source>A close code is two bytes on the wire: 0 to 65535, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="201"/>
        <source>The QWebSocket engine cannot send a close reason over %1 bytes (Qt cuts it short); this one is %2 bytes. Use the wire engine to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="206"/>
        <source>The QWebSocket engine sends the close reason as text and cannot send bytes that are not UTF-8. Use the wire engine to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="236"/>
        <source>The proxy &quot;%1&quot; is not understood: use system, http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="240"/>
        <source>The proxy &quot;%1&quot; has no port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
    <message>
        <location filename="../src/collection/savedconnection.cpp" line="164"/>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="108"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="111"/>
        <source>Run the script on this tab&apos;s connection (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="113"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="116"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="127"/>
        <source>Allowed folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="130"/>
        <source>Folder scripts may read files from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="148"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="150"/>
        <source>ws.send(&apos;hello&apos;);
await expectMessage(&apos;hello&apos;, {within: 1000});
// docs/scripting.md, or pick one of the Examples;
// Ctrl+Space lists the API&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160"/>
        <source>Assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160"/>
        <source>Got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="214"/>
        <source>Scripts may read no file; choose a folder they may read from (expectReplayMatches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="216"/>
        <source>Scripts may read files only inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="228"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="269"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="269"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="284"/>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/scriptpanel.cpp" line="295"/>
        <source>Passed: %n assertion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="298"/>
        <source>Failed: %1 of %2 assertion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="301"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="304"/>
        <source>Script error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="308"/>
        <source>Script error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="311"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="317"/>
        <source> (%1 older result rows not shown; failures first kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptRuntime</name>
    <message>
        <location filename="../src/script/scripthost.cpp" line="58"/>
        <source>any message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="60"/>
        <source>a function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="62"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="64"/>
        <source>A matcher is a string, a RegExp, json(path), a function or a matcher object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="67"/>
        <source>The connection closed before it opened (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="69"/>
        <source>%1 message(s) within %2 ms matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="71"/>
        <source>the connection closed (code %2) after %1 matching message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="74"/>
        <source>%1 matching message(s) when it gave up after %2 ms; the last message looked at: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="78"/>
        <source>no message for %1 ms matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="80"/>
        <source>none arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="83"/>
        <source>a close within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="84"/>
        <source>a close with code %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="86"/>
        <source>closed with code %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="88"/>
        <source>direction is &apos;in&apos;, &apos;out&apos; or &apos;any&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="90"/>
        <source>the messages received so far match the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="93"/>
        <source>truthy (not false, 0, &quot;&quot;, null, undefined or NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="95"/>
        <source>falsy (false, 0, &quot;&quot;, null, undefined or NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="97"/>
        <source>defined (not undefined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="99"/>
        <source>no close after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="123"/>
        <source>There is no URL to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="132"/>
        <source>The connection is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="134"/>
        <source>The request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/scripthost.cpp" line="235"/>
        <source>… (%n more character(s) not shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="256"/>
        <source>%1 runs without an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="257"/>
        <source>no exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/scripthost.cpp" line="292"/>
        <source>%n byte(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="353"/>
        <source>Cannot read the session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="378"/>
        <source>http.get and http.post take http:// or https:// URLs, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="123"/>
        <source>%1: scripts may read files only inside an allowed folder, and none is set (the Script tab&apos;s Allowed folder, or --allow-dir DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="133"/>
        <source>The allowed folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="137"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="143"/>
        <source>%1 is outside the allowed folder %2; scripts may read files only inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="154"/>
        <source>The script was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="188"/>
        <source>The script kept running for more than %1 ms without waiting and was stopped (an endless loop?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="223"/>
        <source>the script finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="224"/>
        <source>within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="225"/>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="228"/>
        <source>The script did not finish within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="56"/>
        <source>OpenSSL could not make a key for the self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="82"/>
        <source>OpenSSL could not sign the self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="91"/>
        <source>OpenSSL could not write the self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="113"/>
        <source>the private key does not match the certificate&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="126"/>
        <source>This build has no OpenSSL libcrypto to make a certificate with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="14"/>
        <source>Send &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="20"/>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="30"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="47"/>
        <source>Discard paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="55"/>
        <source>Message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="61"/>
        <source>Send error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="39"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="41"/>
        <source>Binary (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="48"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="55"/>
        <source>Message check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="189"/>
        <source>Connect to send messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="173"/>
        <source>Hex bytes, e.g. 01 02 ff · Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="40"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="42"/>
        <source>Binary (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="43"/>
        <source>Binary (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="44"/>
        <source>How the editor&apos;s content is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="46"/>
        <source>Ctrl+Enter sends. Up/Down on the first/last line walk the send history. {{name}} inserts a variable; \{{ is a literal {{.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="58"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="59"/>
        <source>Lay the JSON out with one member per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="61"/>
        <source>Minify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="62"/>
        <source>Remove all whitespace between JSON tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="64"/>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="65"/>
        <source>Send the bytes of a file as one binary message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="71"/>
        <source>Raw Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="73"/>
        <source>Testing servers: write this payload as frames you describe (opcode, FIN and RSV bits, mask, length field, fragments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="167"/>
        <source>UTF-8 text · Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="170"/>
        <source>JSON · checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="176"/>
        <source>Base64, e.g. SGVsbG8= · Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="180"/>
        <source>Choose a file to send as one binary message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="181"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="184"/>
        <source> · large: the whole file is read into memory and sent as one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="188"/>
        <source>Raw frames, for testing · Ctrl+Enter writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="191"/>
        <source>48 65 6c 6c 6f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="192"/>
        <source>SGVsbG8=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="193"/>
        <source>{&quot;type&quot;: &quot;subscribe&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="194"/>
        <source>(the file&apos;s bytes are sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="195"/>
        <source>Type a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="211"/>
        <source>✓ valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/sendbox.cpp" line="215"/>
        <source>✓ %n byte(s)</source>
        <translation>
            <numerusform>✓ %n byte</numerusform>
            <numerusform>✓ %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="250"/>
        <source>Not valid JSON — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="260"/>
        <source>Send File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="292"/>
        <source>A %1 paste is ready to send. It is held outside the editor, which would be slow to show it; the editor shows its beginning, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="299"/>
        <source>

… %1 more characters, held outside the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="353"/>
        <source>Not connected: connect before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeClientModel</name>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="101"/>
        <source>%1 messages, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="122"/>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="139"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="141"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="143"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="145"/>
        <source>Subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="147"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="149"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="151"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeController</name>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="184"/>
        <source>client %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="392"/>
        <location filename="../src/serve/servecontroller.cpp" line="507"/>
        <source>Client %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="406"/>
        <location filename="../src/serve/servecontroller.cpp" line="438"/>
        <location filename="../src/serve/servecontroller.cpp" line="478"/>
        <source>No client is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="543"/>
        <source>server stopping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeFault</name>
    <message>
        <location filename="../src/serve/servefault.cpp" line="105"/>
        <source>Close with code %1 (written as given, valid or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="107"/>
        <source>Drop the TCP connection without a Close (the client sees 1006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="109"/>
        <source>A %1-byte binary frame (a client with a smaller limit closes with 1009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="112"/>
        <source>A frame header that declares 2^62 bytes (the client closes with 1009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="115"/>
        <source>A text frame that is not UTF-8 (the client closes with 1007)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="117"/>
        <source>A frame with reserved opcode %1 (the client closes with 1002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="119"/>
        <source>A text frame with RSV%1 set and no extension for it (the client closes with 1002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="123"/>
        <source>A masked frame from the server (the client closes with 1002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="125"/>
        <source>A ping split into two frames (the client closes with 1002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="136"/>
        <source>&quot;%1&quot;: after &quot;@&quot; comes a delay in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="155"/>
        <source>&quot;%1&quot;: unknown fault; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="163"/>
        <source>&quot;close&quot;: a code from 0 to 65535, then :REASON if wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="172"/>
        <source>&quot;oversized&quot;: a size in bytes from 1 to 1073741824, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="179"/>
        <source>&quot;reserved-opcode&quot;: 3 to 7 or 11 to 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="188"/>
        <source>&quot;rsv&quot;: 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="196"/>
        <source>&quot;%1&quot; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeFaultPlan</name>
    <message>
        <location filename="../src/serve/servefault.cpp" line="241"/>
        <source>&quot;%1&quot;: a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="247"/>
        <source>&quot;%1&quot; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="254"/>
        <source>&quot;refuse&quot;: a status from 200 to 599, then :BODY if wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="291"/>
        <source>&quot;%1&quot;: unknown fault; see --help for the SPECs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="304"/>
        <source>--fault SPEC (testing clients) is one of: refuse=STATUS[:BODY] (answer the upgrade with this status and body), upgrade-delay=MS, no-upgrade (read the upgrade and never answer it), ignore-pings, stop-reading (the client&apos;s writes back up), delay=MS, drop-every=N, duplicate-every=N (the messages the server sends), and, done to each client once it is open or MS later with @MS: close=CODE[:REASON] (any code, valid or not), drop-tcp (no Close), oversized[=BYTES] (default: a header declaring 2^62 bytes), invalid-utf8, reserved-opcode[=N] (3), rsv[=1|2|3] (2), masked, fragmented-ping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeFaultsPanel</name>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="20"/>
        <source>Testing feature: the server breaks the protocol on purpose, to see how a client copes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="41"/>
        <source>For clients that connect from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="42"/>
        <source>Refuse the upgrade with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="46"/>
        <source>Refusal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="48"/>
        <source>Retry-After: 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="49"/>
        <source>Refusal headers, one &quot;Name: value&quot; a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="53"/>
        <source>the body of the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="54"/>
        <source>Refusal body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="57"/>
        <location filename="../ui/serve/servefaultspanel.cpp" line="64"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="59"/>
        <source>Never finish the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="60"/>
        <source>Stop answering pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="61"/>
        <source>Stop reading (the client&apos;s writes back up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="68"/>
        <location filename="../ui/serve/servefaultspanel.cpp" line="71"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="79"/>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="80"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="81"/>
        <source>Delay the upgrade by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="85"/>
        <source>Hold back each reply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="86"/>
        <source>Drop every Nth reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="87"/>
        <source>Send every Nth reply twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="109"/>
        <source>To the selected clients, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="111"/>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="112"/>
        <source>Close with any code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="112"/>
        <source>Drop TCP without a Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="113"/>
        <source>Oversized frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="113"/>
        <source>Invalid UTF-8 in a text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="114"/>
        <source>Reserved opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="114"/>
        <source>RSV bit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="115"/>
        <source>Masked server frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="115"/>
        <source>Fragmented ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="122"/>
        <source>reason (any text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="123"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="126"/>
        <source>&amp;Do It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="127"/>
        <source>Do this to each selected client now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="156"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="162"/>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="165"/>
        <source>header says 2^62</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="168"/>
        <source>Opcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="174"/>
        <source>RSV bit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeLogSearch</name>
    <message>
        <location filename="../ui/serve/servelogsearch.cpp" line="19"/>
        <source>Find in every client&apos;s messages (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servelogsearch.cpp" line="20"/>
        <source>Find in the log of all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servelogsearch.cpp" line="63"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeMergedLogModel</name>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="218"/>
        <source>Client %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="224"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="56"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="67"/>
        <source>Log of all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="78"/>
        <source>All Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="79"/>
        <source>Selected Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="84"/>
        <source>Script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="92"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="93"/>
        <location filename="../ui/serve/servepage.cpp" line="203"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="94"/>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="95"/>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="96"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="172"/>
        <source>Not listening. Clients that connect are answered by echo, your rules or a recording; each becomes a row on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="190"/>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="191"/>
        <source>127.0.0.1 lets only this computer in; type 0.0.0.0 or another address to let others connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="197"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="198"/>
        <source>Listen on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="200"/>
        <source>paths, e.g. /chat /feed (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="201"/>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="203"/>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="203"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="204"/>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="206"/>
        <source>a .wsprobe.jsonl session or a HAR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="207"/>
        <source>Recording to serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="208"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="213"/>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="214"/>
        <source>no delays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="215"/>
        <source>Speed of the recorded timing: 2 answers twice as fast, 0 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="216"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="217"/>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="220"/>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="222"/>
        <source>port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="228"/>
        <source>Answer by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="246"/>
        <source>Serve a Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="247"/>
        <source>Sessions and HAR (*.jsonl *.har);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="399"/>
        <source>Select a connected client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="270"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="304"/>
        <source>Serve :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="316"/>
        <source>Serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="435"/>
        <source>Not listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servepage.cpp" line="439"/>
        <source>Listening on %1 — %n client(s) connected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="442"/>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeRecording</name>
    <message>
        <location filename="../src/serve/serverecording.cpp" line="41"/>
        <source>%1 holds no message to serve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeResponder</name>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="164"/>
        <source>%1 hands messages to a script, but no script is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="166"/>
        <location filename="../src/serve/serveresponder.cpp" line="185"/>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="167"/>
        <location filename="../src/serve/serveresponder.cpp" line="185"/>
        <source>rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="186"/>
        <source>%1 could not reply: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeRule</name>
    <message>
        <location filename="../src/serve/serverules.cpp" line="115"/>
        <source>not a key of a rule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="119"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="123"/>
        <location filename="../src/serve/serverules.cpp" line="242"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="134"/>
        <source>must be &quot;message&quot;, &quot;connect&quot; or &quot;interval&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="142"/>
        <source>must be an object such as {&quot;type&quot;: &quot;plain&quot;, &quot;text&quot;: &quot;ping&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="150"/>
        <source>only a rule &quot;on&quot;: &quot;message&quot; matches messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="158"/>
        <source>missing (an interval rule needs its period in milliseconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="159"/>
        <source>must be a whole number of milliseconds from 1 to 86400000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="161"/>
        <source>only a rule &quot;on&quot;: &quot;interval&quot; has a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="173"/>
        <source>&quot;%1&quot; is not a key of a reply (mode, body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="181"/>
        <source>&quot;body&quot;: a script reply has none (the script sends what it likes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="186"/>
        <source>&quot;mode&quot;: must be text, json, hex, base64, file, echo or script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="197"/>
        <source>&quot;body&quot;: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="200"/>
        <source>&quot;body&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="204"/>
        <source>must be a string or an object such as {&quot;mode&quot;: &quot;json&quot;, &quot;body&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="212"/>
        <source>must be &quot;sender&quot; or &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="217"/>
        <source>must be a whole number of milliseconds from 0 to 86400000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="221"/>
        <source>must be a whole number from 0 (0: without end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="229"/>
        <source>must be an object with a &quot;code&quot; from 1000 to 4999 (and a &quot;reason&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="233"/>
        <source>&quot;reason&quot;: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="235"/>
        <source>&quot;reason&quot;: longer than the 123 bytes a Close frame holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="247"/>
        <source>&quot;mode&quot;: script answers a message; the script&apos;s onClientConnect handles connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="250"/>
        <source>missing (a connect or interval rule must send or close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="253"/>
        <source>a script reply is sent when and to whom the script says (sleep, broadcast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="258"/>
        <source>&quot;mode&quot;: echo answers a message; a %1 rule has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="268"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="271"/>
        <source>on connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="274"/>
        <source>every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="279"/>
        <source>echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="281"/>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="283"/>
        <source>send to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="283"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="285"/>
        <source>close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="287"/>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="290"/>
        <source> after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="292"/>
        <source>, %1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeRules</name>
    <message>
        <location filename="../src/serve/serverules.cpp" line="44"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="308"/>
        <source>echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="361"/>
        <source>not a rules file: the top level must be an object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="366"/>
        <source>&quot;format&quot;: must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="370"/>
        <source>&quot;version&quot;: must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="372"/>
        <source>&quot;version&quot;: %1 was written by a newer Wsprobe (this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="379"/>
        <source>&quot;%1&quot;: not a key of a rules file (format, version, faults, rules, script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="386"/>
        <source>&quot;script&quot;: must be the path of a JavaScript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="391"/>
        <source>&quot;faults&quot;: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="397"/>
        <source>&quot;faults&quot;: &quot;delayMs&quot;: must be a whole number of milliseconds from 0 to 86400000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="403"/>
        <source>&quot;faults&quot;: &quot;%1&quot;: must be a whole number from 0 (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="408"/>
        <source>&quot;faults&quot;: &quot;%1&quot;: not a fault (delayMs, dropEvery, duplicateEvery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="416"/>
        <source>&quot;rules&quot;: missing (a list of rules, maybe empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="417"/>
        <source>&quot;rules&quot;: must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="424"/>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="425"/>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="427"/>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="433"/>
        <source>%1: &quot;reply&quot;: &quot;mode&quot;: script needs the file&apos;s &quot;script&quot;: &quot;FILE.js&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="452"/>
        <source>%1: larger than 16 MiB; not a rules file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeRulesPanel</name>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="24"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="27"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="27"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="27"/>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="32"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="33"/>
        <source>Rules as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="40"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="41"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="42"/>
        <source>Echo Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="43"/>
        <source>Use what the editor holds (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="45"/>
        <source>Read a rules file (format &quot;wsprobe-serve-rules&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="46"/>
        <source>Write the applied rules to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="47"/>
        <source>Put the one rule of echo mode into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="66"/>
        <source>Import Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="67"/>
        <location filename="../ui/serve/serverulespanel.cpp" line="74"/>
        <source>Rules (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="73"/>
        <source>Export Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="159"/>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="161"/>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeScriptBar</name>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="18"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="19"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="23"/>
        <source>none: &quot;script&quot; rules have nothing to answer them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="24"/>
        <source>Script file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="25"/>
        <source>A JavaScript file whose onClientMessage answers the &quot;script&quot; rules (the rules file&apos;s &quot;script&quot;); it runs while the server listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="28"/>
        <source>Choose the script file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="29"/>
        <source>Run the file again as it is now, in a fresh runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="32"/>
        <source>Script output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="37"/>
        <source>What the script logs and its problems appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="42"/>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="60"/>
        <source>Serve Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="61"/>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="68"/>
        <location filename="../ui/serve/servescriptbar.cpp" line="78"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="82"/>
        <source>— %1 started (run %2) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="118"/>
        <source>no script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="120"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="120"/>
        <source>runs while the server listens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeScriptRunner</name>
    <message>
        <location filename="../src/script/servescriptrunner.cpp" line="45"/>
        <source>The script runs while the server listens; start the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptrunner.cpp" line="50"/>
        <source>No script file is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptrunner.cpp" line="103"/>
        <source>a &quot;script&quot; rule matched a message of client %1, but the script is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeScriptSession</name>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="70"/>
        <source>a &quot;script&quot; rule matched, but the script has no onClientMessage(client, msg) function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="79"/>
        <location filename="../src/script/servescriptsession.cpp" line="89"/>
        <location filename="../src/script/servescriptsession.cpp" line="97"/>
        <source>Client %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="99"/>
        <source>close code %1: a script closes with 1000 or 3000–4999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="102"/>
        <source>close reason longer than the 123 bytes a Close frame holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/servescriptsession.cpp" line="163"/>
        <source>… (%n more character(s) not shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/servescriptsession.cpp" line="183"/>
        <source>%n byte(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="216"/>
        <source>%1: larger than 16 MiB; not a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="240"/>
        <source>%1: the script kept running for more than %2 ms without waiting (an endless loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="264"/>
        <source>%1 (%2:%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="265"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="285"/>
        <source>kept running for more than %1 ms without waiting and was interrupted (an endless loop?); the server goes on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeSendPanel</name>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="23"/>
        <source>the selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="23"/>
        <source>all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="24"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="28"/>
        <source>&amp;Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="29"/>
        <source>Ping the chosen clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="30"/>
        <source>&amp;Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="31"/>
        <source>Close the chosen clients with any code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="35"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="36"/>
        <source>Repeat every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="39"/>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="40"/>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="41"/>
        <source>Repeat how many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="42"/>
        <location filename="../ui/serve/servesendpanel.cpp" line="73"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="43"/>
        <source>Send the composed message to the chosen clients every interval (skipped for a client whose buffer is full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="46"/>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="49"/>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="61"/>
        <location filename="../ui/serve/servesendpanel.cpp" line="105"/>
        <source>Select a connected client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="73"/>
        <source>Stop &amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servesendpanel.cpp" line="75"/>
        <source>Repeat: %n message(s) sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servesendpanel.cpp" line="77"/>
        <source>, to %n client(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="78"/>
        <source>, stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servesendpanel.cpp" line="116"/>
        <source>Pinged %n client(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeSettingsPanel</name>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="44"/>
        <source>Accept permessage-deflate when a client offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="45"/>
        <source>server_no_context_takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="46"/>
        <source>client_no_context_takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="50"/>
        <source>Record each client as a session in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="52"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="55"/>
        <source>none (never choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="56"/>
        <source>the client&apos;s first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="57"/>
        <source>the first of these the client offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="60"/>
        <source>Subprotocol to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="61"/>
        <source>e.g. graphql-transport-ws, mqtt (in your order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="62"/>
        <source>Subprotocols in order of preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="64"/>
        <source>Ask that the server start each message with a fresh compression context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="66"/>
        <source>Ask that the client start each message with a fresh compression context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="71"/>
        <source>The largest LZ77 window, 2^N bytes (15: no limit asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="73"/>
        <location filename="../ui/serve/servesettingspanel.cpp" line="102"/>
        <source>server_max_window_bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="74"/>
        <location filename="../ui/serve/servesettingspanel.cpp" line="104"/>
        <source>client_max_window_bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="75"/>
        <source>X-Served-By: wsprobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="76"/>
        <source>Headers added to the 101, one &quot;Name: value&quot; a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="79"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="80"/>
        <source>Folder to record clients to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="81"/>
        <source>Each client is journaled as a .wsprobe.jsonl session, as wsprobe-cli serve -o does: the first of a run as serve-DATE-TIME.wsprobe.jsonl, later ones numbered beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="85"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="89"/>
        <source>Upgrade response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="94"/>
        <source>Subprotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="100"/>
        <source>Deflate asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="108"/>
        <source>101 headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="132"/>
        <source>Record Clients To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="163"/>
        <source>Choose a certificate and its key, or a self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="170"/>
        <source>List the subprotocols to choose from, in order of preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="181"/>
        <source>101 headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeUi</name>
    <message>
        <location filename="../ui/serve/serveui.cpp" line="9"/>
        <source>New &amp;Serve Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serveui.cpp" line="10"/>
        <source>Stand in for a server: echo, answer by rules or a recording, and misbehave on purpose (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serve/serveui.cpp" line="25"/>
        <source>Serve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerEngine</name>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="161"/>
        <source>The WebSocket upgrade from %1 was refused with HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="255"/>
        <source>Protocol error by the client %1: %2. Wsprobe closes the connection with code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="204"/>
        <source>Wsprobe dropped the TCP connection to %1 without a closing handshake, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="217"/>
        <source>The client %1 closed the connection during the opening handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="260"/>
        <source>The client %1 closed the TCP connection without a closing handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="228"/>
        <source>The TLS handshake with the client %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="186"/>
        <source>A large frame is still being written to %1; wait until it is out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="231"/>
        <source>Network error with the client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="242"/>
        <source>No WebSocket upgrade request from %1 within %2 ms; the connection was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="265"/>
        <source>The client %1 did not answer the Close frame within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerHandshake</name>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="94"/>
        <source>The client sent a TLS handshake to a plain ws:// port (first bytes: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="102"/>
        <source>The client sent bytes that are not an HTTP request: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="116"/>
        <source>The client&apos;s request head exceeds %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="141"/>
        <source>The client&apos;s first line is not an HTTP request line: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="157"/>
        <source>The client folded a header over several lines (obsolete line folding, which RFC 9112 §5.2 has a server reject): &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="163"/>
        <source>The client sent a malformed header line: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="177"/>
        <source>The client used the method %1; a WebSocket upgrade must be a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="182"/>
        <source>The client spoke %1; a WebSocket upgrade needs HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="187"/>
        <source>The client asked for the path %1, which this server does not serve (it serves %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="192"/>
        <source>The client&apos;s request has %1 Host headers; HTTP/1.1 requires exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="198"/>
        <source>The client&apos;s request has no &quot;Upgrade: websocket&quot; header (it is %1): a plain HTTP request, not a WebSocket upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="201"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="206"/>
        <source>The client&apos;s Connection header is &quot;%1&quot;; it must contain &quot;Upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="211"/>
        <source>The client&apos;s request has no Sec-WebSocket-Key header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="212"/>
        <source>The client&apos;s request has %1 Sec-WebSocket-Key headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="216"/>
        <source>The client&apos;s Sec-WebSocket-Key &quot;%1&quot; is not 16 bytes in base64 (RFC 6455 §4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="224"/>
        <source>The client&apos;s request has no Sec-WebSocket-Version header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="225"/>
        <source>The client asked for WebSocket version %1; this server speaks 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="240"/>
        <source>Refused the upgrade with HTTP %1, as this server is set to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="18"/>
        <source>The %1 file %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="23"/>
        <source>Cannot read the %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="44"/>
        <location filename="../src/protocol/server/servertls.cpp" line="51"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="63"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="67"/>
        <source>The certificate file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="74"/>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="79"/>
        <source>The private key in %1 is encrypted and the passphrase does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="81"/>
        <source>The file %1 holds no private key in PEM (RSA, EC or DSA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="86"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="112"/>
        <source>This build of Wsprobe cannot make a self-signed certificate (it was built without OpenSSL&apos;s libcrypto). Give a certificate and key file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="121"/>
        <source>Cannot create the folder %1 for the self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="147"/>
        <source>TLS needs a certificate file (and its key), or a self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTlsEditor</name>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="25"/>
        <source>ws:// (no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="26"/>
        <source>wss:// with a certificate and key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="27"/>
        <source>wss:// with a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="28"/>
        <source>Listen with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="29"/>
        <source>server certificate (PEM), its chain after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="30"/>
        <source>Server certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="31"/>
        <source>its private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="32"/>
        <source>Server key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="34"/>
        <source>only for an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="35"/>
        <source>Server key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="37"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="38"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="52"/>
        <source>&amp;Listen as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="54"/>
        <source>C&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="56"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="60"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="72"/>
        <source>Choose the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="73"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="74"/>
        <source>Choose the server&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="75"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="121"/>
        <source>Certificate fingerprint (SHA-256):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="133"/>
        <source>Clients connect with ws://, unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="136"/>
        <source>Clients must trust this certificate (or its issuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="141"/>
        <source>Made on first use and kept in %1, for localhost and 127.0.0.1. Clients must trust it: give them the .pem file, or compare the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="144"/>
        <source>This build cannot make certificates (it was built without OpenSSL): choose a certificate and key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCompare</name>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="96"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="154"/>
        <source>The regular expression &quot;%1&quot; is not valid: %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="181"/>
        <source>type: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="189"/>
        <source>bytes differ from offset %1 (%2 B → %3 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="206"/>
        <source>text differs from character %1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="304"/>
        <source>PASS: %1 message(s) the same.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="305"/>
        <source>FAIL: %1 the same, %2 changed, %3 missing, %4 extra.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="320"/>
        <source>~ recorded #%1 / replayed #%2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="327"/>
        <source>- recorded #%1 not received: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="332"/>
        <source>+ replayed #%1 not in the recording: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="30"/>
        <source>No rows are selected; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="31"/>
        <source>The filter shows no rows; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="60"/>
        <source>Cannot Save Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../src/session/session.cpp" line="516"/>
        <source>the first line is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="518"/>
        <source>near byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="519"/>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="524"/>
        <source>the first line names the format &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="528"/>
        <source>the header&apos;s &quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="532"/>
        <source>the file is version %1 of the session format, written by a newer Wsprobe; this one reads versions up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="539"/>
        <source>the header&apos;s &quot;created&quot; time is missing or not ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLibrary</name>
    <message>
        <location filename="../src/session/sessionlibrary.cpp" line="139"/>
        <source>Cannot create the sessions folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionlibrary.cpp" line="185"/>
        <source>%1 is still being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionlibrary.cpp" line="189"/>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="37"/>
        <source>Import HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionloader.cpp" line="38"/>
        <source>%1 has %n WebSocket connection(s). Each one you choose opens in its own tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="55"/>
        <source>%1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="57"/>
        <source>none saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="59"/>
        <source>The file holds this connection&apos;s handshake but not its messages, as Firefox saves WebSocket connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="71"/>
        <source>Open &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="150"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="151"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionloader.cpp" line="184"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="36"/>
        <source>Some Lines Were Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="37"/>
        <source>%1 was opened; these parts of it could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="53"/>
        <location filename="../ui/session/sessionopener.cpp" line="63"/>
        <location filename="../ui/session/sessionopener.cpp" line="114"/>
        <source>Cannot Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="70"/>
        <source>%1 · entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="79"/>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="80"/>
        <source>Sessions (*.wsprobe.jsonl *.jsonl *.json *.har);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="87"/>
        <source>Import HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="88"/>
        <source>HAR files (*.har);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionopener.cpp" line="125"/>
        <source>%1 · %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="134"/>
        <location filename="../ui/session/sessionopener.cpp" line="151"/>
        <source>Recover Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionopener.cpp" line="135"/>
        <source>Wsprobe stopped while recording %n connection(s). Everything up to the last half second was saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="139"/>
        <source>Open the recordings now? They stay in Recent Sessions either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="140"/>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="141"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="27"/>
        <source>(no URL recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="28"/>
        <source>%1 · recorded %2 · %3 sent, %4 received · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="39"/>
        <source>&amp;Replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="40"/>
        <source>Send this session&apos;s outgoing messages again and compare the replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="41"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="42"/>
        <source>Save as a session, HAR or text transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="67"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionReader</name>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="68"/>
        <source>Line 1 is %1 MB long; this is not a session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="72"/>
        <source>line %1 is %2 MB long, more than any record can be; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="90"/>
        <source>Not a session this version can read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="100"/>
        <source>Not a Wsprobe session or event log: line 1: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="123"/>
        <source>line %1 is incomplete (the recording stopped while it was being written); dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="128"/>
        <source>line %1: %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="132"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/session/sessionreader.cpp" line="136"/>
        <source>%n record(s) of kinds this version does not know were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="172"/>
        <source>Entry %1 of %2 is not a WebSocket; its WebSocket entries are %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTitle</name>
    <message>
        <location filename="../src/session/sessiontitle.cpp" line="26"/>
        <source>(no URL recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessiontitle.cpp" line="27"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWriter</name>
    <message>
        <location filename="../src/session/sessionwriter.cpp" line="107"/>
        <location filename="../src/session/sessionwriter.cpp" line="177"/>
        <location filename="../src/session/sessionwriter.cpp" line="182"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionwriter.cpp" line="115"/>
        <source>Cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/sessionwriter.cpp" line="178"/>
        <source>Saving %1 was cancelled; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="29"/>
        <source>Recent Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="32"/>
        <source>Filter by URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="34"/>
        <source>Filter sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="44"/>
        <source>Recorded sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="47"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="48"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="64"/>
        <source>Every connection that opened is recorded in %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="87"/>
        <source> (recording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="89"/>
        <source> (unfinished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="92"/>
        <location filename="../ui/session/sessionsdialog.cpp" line="93"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionsdialog.cpp" line="115"/>
        <source>%1 · %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="121"/>
        <source>Reconnections of one tab; opened together as one session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="158"/>
        <location filename="../ui/session/sessionsdialog.cpp" line="169"/>
        <source>Delete Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionsdialog.cpp" line="159"/>
        <source>Delete %n recorded session(s)? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="37"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="39"/>
        <source>Find a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="41"/>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="43"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="43"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="128"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalRLayer</name>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="27"/>
        <source>a binary message: the MessagePack hub protocol is not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="37"/>
        <source>the record from byte %1 is not ended by the separator 0x1E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="48"/>
        <source>an empty message holds no SignalR record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="65"/>
        <source>the record at byte %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="75"/>
        <source>handshake %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="81"/>
        <source>handshake accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="81"/>
        <source>handshake refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="87"/>
        <source>&quot;type&quot; %1 at byte %2 is not a hub message type (1–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="100"/>
        <source>%1: the record has no &quot;target&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="105"/>
        <source>%1: &quot;arguments&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="117"/>
        <source>%1: the record has no &quot;invocationId&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="122"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="142"/>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="144"/>
        <source>Invoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="145"/>
        <source>Hub method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="146"/>
        <source>Arguments (JSON array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="148"/>
        <source>Wait for a completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="151"/>
        <source>Cancel Invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="152"/>
        <source>Invocation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="153"/>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="167"/>
        <source>target: which hub method?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="174"/>
        <source>args: a JSON array is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="175"/>
        <source>args: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="189"/>
        <source>SignalR has no action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.h" line="16"/>
        <source>SignalR (JSON hub protocol)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalWatcher</name>
    <message>
        <location filename="../app/cli/signalwatcher.cpp" line="102"/>
        <source>Cannot watch for Ctrl+C (Windows error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/signalwatcher.cpp" line="108"/>
        <source>Cannot watch for signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="16"/>
        <source>wscat command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="18"/>
        <source>websocat command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="20"/>
        <source>wsprobe-cli command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="22"/>
        <source>JavaScript (browser WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="24"/>
        <source>Node.js (ws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="26"/>
        <source>Python (websockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="65"/>
        <source>POSIX shell (sh, bash, zsh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="67"/>
        <source>PowerShell 7.3+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="69"/>
        <source>Windows cmd.exe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SockJsFraming</name>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="14"/>
        <source>SockJS: JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="21"/>
        <source>SockJS: the message at byte %1 is not a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="28"/>
        <source>SockJS: the messages at byte %1 are not a JSON array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="33"/>
        <source>SockJS: the array at byte %1 holds no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="37"/>
        <source>SockJS: more than %1 messages in one frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="42"/>
        <source>SockJS: message %1 of the array is not a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="54"/>
        <source>SockJS: an empty message is no frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="83"/>
        <source>SockJS: the close frame is not [code, &quot;reason&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="84"/>
        <source>SockJS: close frame: JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="95"/>
        <source>SockJS: &quot;%1&quot; at byte 0 starts no frame (o, h, a, m or c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocols/sockjsframing.cpp" line="68"/>
        <source>SockJS: the &quot;%1&quot; frame has %n byte(s) after it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketIoLayer</name>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="80"/>
        <source>Socket.IO 2 (EIO 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="80"/>
        <source>Socket.IO 3/4 (EIO 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="111"/>
        <source>an EIO 3 binary message needs a type byte; this one is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="112"/>
        <source>an EIO 3 binary message starts with type byte 4, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocols/socketiolayer.cpp" line="119"/>
        <source>binary attachment, %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="125"/>
        <source>an empty message is no Engine.IO packet (it needs a type digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="131"/>
        <source>Engine.IO packet type &apos;%1&apos; at byte 0 is not one of 0–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="145"/>
        <source>open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="149"/>
        <source>open: the handshake object has no &quot;sid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="154"/>
        <source>open sid=%1, ping every %2 ms, timeout %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="173"/>
        <source>a MESSAGE packet without a Socket.IO packet type at byte 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="178"/>
        <source>Socket.IO packet type &apos;%1&apos; at byte 1 is not one of 0–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="190"/>
        <source>%1: the attachment count before &apos;-&apos; at byte 2 is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="211"/>
        <source>%1: the ack id at byte %2 is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="220"/>
        <location filename="../src/protocols/socketiolayer.cpp" line="348"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="235"/>
        <source>%1: the data must be an array starting with the event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="250"/>
        <source>%1: an acknowledgement needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="254"/>
        <source>%1: the data must be an array of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="258"/>
        <source>ack #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="263"/>
        <source>connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="267"/>
        <source>disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="305"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="309"/>
        <source>Emit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="311"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="312"/>
        <source>Arguments (JSON array; {&quot;$binary&quot;: base64} for bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="314"/>
        <source>Ask for an acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="317"/>
        <source>Join Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="318"/>
        <source>Auth (JSON object, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="319"/>
        <source>Leave Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="321"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="323"/>
        <source>Ack id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="324"/>
        <source>Arguments (JSON array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="347"/>
        <source>%1: a JSON array is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="363"/>
        <source>event: an event needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="373"/>
        <source>id: the ack id is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="398"/>
        <source>auth: a JSON object is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="399"/>
        <source>auth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="411"/>
        <source>Socket.IO has no action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="23"/>
        <source>Connection statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="46"/>
        <source>no pongs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="47"/>
        <source>last %1 ms · min %2 · avg %3 · max %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="53"/>
        <source>Sent: %1 messages, %2
Received: %3 messages, %4
Now: %5 msg/s, %6/s
Peak: %7 msg/s, %8/s
Ping RTT: %9
Connected: %10 · reconnects: %11</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="27"/>
        <source>readyState</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="28"/>
        <source>WebSocket.readyState: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="29"/>
        <source>bufferedAmount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="30"/>
        <source>Bytes queued by send() and not yet written to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="31"/>
        <source>Negotiated protocol and extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="32"/>
        <source>Time connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="34"/>
        <source>Certificate errors ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="81"/>
        <source>bufferedAmount: %1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="86"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="89"/>
        <source>protocol: %1 · extensions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="109"/>
        <source>Certificate errors ignored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="112"/>
        <source>The server&apos;s certificate was not verified; these errors were ignored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="132"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="134"/>
        <source>connected %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StompLayer</name>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="144"/>
        <source>heart-beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="157"/>
        <source>an empty message is no STOMP frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="181"/>
        <source>the command at byte %1 has no end of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="187"/>
        <source>&quot;%1&quot; at byte %2 is not a STOMP command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="200"/>
        <source>%1: the headers at byte %2 do not end with a blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="208"/>
        <source>%1: more than 1000 headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="214"/>
        <source>%1: the header at byte %2 has no name before &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="238"/>
        <source>%1: the escape at byte %2 is not one of \n \r \c \\</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="261"/>
        <source>%1: content-length &quot;%2&quot; is not a length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="270"/>
        <source>%1: content-length %2 from byte %3 is not followed by NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="280"/>
        <source>%1: the body from byte %2 is not ended by NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="379"/>
        <source>Ask for a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="383"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="384"/>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="385"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="386"/>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="387"/>
        <source>Heart-beat (send,receive ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="390"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="391"/>
        <location filename="../src/protocols/stomplayer.cpp" line="398"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="393"/>
        <source>Ack mode (auto, client, client-individual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="397"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="400"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="402"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="405"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="406"/>
        <source>Subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="407"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="442"/>
        <source>destination: where to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="458"/>
        <source>id: which subscription?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="466"/>
        <source>STOMP has no action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.h" line="27"/>
        <source>STOMP 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.h" line="27"/>
        <source>STOMP 1.2 over SockJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="94"/>
        <source>SockJS open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="99"/>
        <source>SockJS heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="107"/>
        <source>SockJS close %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="119"/>
        <source>SockJS message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="32"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="37"/>
        <source>not a Wsprobe template library (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="44"/>
        <source>not a template library: its &quot;version&quot; is not a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="48"/>
        <source>written by a newer Wsprobe (library version %1; this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="63"/>
        <source>template %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="68"/>
        <source>template &quot;%1&quot; has an unknown mode &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="102"/>
        <location filename="../src/compose/templatelibrary.cpp" line="164"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="108"/>
        <location filename="../src/compose/templatelibrary.cpp" line="170"/>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="121"/>
        <source>Cannot save templates to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="194"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDock</name>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="19"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="27"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="30"/>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="31"/>
        <source>Double-click loads a template into the composer; Enter loads and sends it; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="53"/>
        <source>Save Current…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="53"/>
        <source>Save the composer&apos;s message as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="55"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="55"/>
        <source>Delete the selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="56"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="56"/>
        <source>Add the templates of a library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="58"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="58"/>
        <source>Save the library, or the selected templates, to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="65"/>
        <source>Import Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="66"/>
        <location filename="../ui/compose/templatesdock.cpp" line="73"/>
        <source>Template libraries (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="71"/>
        <source>Export Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="93"/>
        <source>%1 Fix the file or move it away; until then nothing is saved, so it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="189"/>
        <source>A file is not saved as a template; choose Text, JSON, hex or base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="195"/>
        <location filename="../ui/compose/templatesdock.cpp" line="213"/>
        <source>Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="196"/>
        <source>Name (Folder/Name files it in a folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="208"/>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="214"/>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsConfig</name>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="13"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="21"/>
        <source>The CA file %1 holds no PEM or DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="29"/>
        <source>Cannot read the client certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="38"/>
        <source>Cannot read the private key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="47"/>
        <source>The private key in %1 cannot be read: it is not an RSA or EC key in PEM, or the passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="61"/>
        <source>The client certificate %1 is neither PEM nor a PKCS#12 file this passphrase opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="82"/>
        <source>CN=%1 (issuer CN=%2, valid %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="95"/>
        <source>%1 — certificate %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../src/session/transcript.cpp" line="58"/>
        <source> · WARNING: certificate errors were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/transcript.cpp" line="60"/>
        <source>  ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/transcript.cpp" line="69"/>
        <location filename="../src/session/transcript.cpp" line="106"/>
        <source>(%1 B) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/transcript.cpp" line="118"/>
        <source>Wsprobe session: %1
Started %2 (UTC); times below are local.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unwrap</name>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="73"/>
        <source>&apos;%1&apos; is not a base64 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="74"/>
        <source>base64 text goes on after its &apos;=&apos; padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="88"/>
        <source>base64 text ends with a lone character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="117"/>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="129"/>
        <source>an odd number of hex digits: the last byte has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="140"/>
        <location filename="../src/decode/unwrap.cpp" line="194"/>
        <source>zlib could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="156"/>
        <source>inflates to more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="167"/>
        <source>the compressed data ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="168"/>
        <source>zlib: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="173"/>
        <source>%1 bytes follow the end of the compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="206"/>
        <source>zlib could not compress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Variables</name>
    <message numerus="yes">
        <location filename="../src/compose/variables.cpp" line="121"/>
        <source>Unknown variable(s) %1: add them to the Variables table or remove them. Nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="17"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="17"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="20"/>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="21"/>
        <source>{{name}} in a message is replaced by the value before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="25"/>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="28"/>
        <source>Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="35"/>
        <source>&lt;b&gt;Built-in&lt;/b&gt;&lt;br&gt;{{$timestamp}} Unix seconds&lt;br&gt;{{$isoTimestamp}} UTC, ms&lt;br&gt;{{$uuid}} random UUID&lt;br&gt;{{$randomInt}} 0–1000&lt;br&gt;{{$counter}} 1, 2, 3… per message&lt;br&gt;&lt;br&gt;An unknown name stops the send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="101"/>
        <source>Not usable: letters, digits, _ - and . only, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSocketListener</name>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="48"/>
        <source>Cannot listen on %1: the port is already in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="52"/>
        <source>Cannot listen on %1: this machine has no such address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="55"/>
        <source>Cannot listen on %1: permission denied (ports below 1024 need privileges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="60"/>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="133"/>
        <source>Could not accept a connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="138"/>
        <source>Dropped a connection from %1: %2 clients are already waiting to be served.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireEngine</name>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="139"/>
        <source>The server redirects (HTTP %1) to %2, but %3 redirects have been followed already or the target is not a WebSocket URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="144"/>
        <source>The server redirects (HTTP %1) to %2; enable &quot;follow redirects&quot; to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="226"/>
        <source>Protocol error: %1. Wsprobe closes the connection with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="177"/>
        <source>The server at %1 closed the connection during the opening handshake. Over TLS this is often a server that requires a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="181"/>
        <source>The server at %1 closed the connection during the opening handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="230"/>
        <source>The server closed the TCP connection without a closing handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="214"/>
        <source>No WebSocket handshake from %1:%2 within %3 ms; gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="234"/>
        <source>The server did not answer the Close frame within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="90"/>
        <source>The workspace file is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="97"/>
        <source>The file is not a Wsprobe workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="102"/>
        <source>The workspace was saved by a newer Wsprobe (format version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="122"/>
        <location filename="../src/workbench/workspace.cpp" line="128"/>
        <source>Cannot save the workspace to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="140"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli_main.cpp" line="86"/>
        <source>Demo server listening on %1 (paths /echo, /ticker, /binary)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_main.cpp" line="59"/>
        <source>wsprobe-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="30"/>
        <source>WebSocket test and debugging tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="35"/>
        <source>Start the built-in test server and connect to its /echo path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="40"/>
        <source>A ws:// or wss:// URL to connect to, or a session (.wsprobe.jsonl) or HAR file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
