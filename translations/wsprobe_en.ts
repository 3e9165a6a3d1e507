<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CliClient</name>
        <message>
            <location filename="../src/cliclient.cpp" line="109" />
            <location filename="../src/cliclient.cpp" line="112" />
            <source>(%1 B) %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CliOptions</name>
        <message>
            <location filename="../src/clioptions.cpp" line="22" />
            <source>Usage:
  wsprobe-cli connect URL [options]   connect, send, print every event
  wsprobe-cli demo-server [--port N]  run the built-in test server
  wsprobe-cli --help | --version

Options of connect:
  -s, --subprotocol PROTO  offer a subprotocol (repeatable, in order)
  -H, --header "Name: value"  add a request header (repeatable)
  --origin ORIGIN          send an Origin header
  --send TEXT              send a text message (repeatable, in order)
  --send-hex HEX           send a binary message given in hex (repeatable)
  --close CODE             close code when done (default 1000; 3000-4999)
  --reason TEXT            close reason (at most 123 bytes of UTF-8)
  --wait-ms N              wait N ms for replies before closing (default 1000)
  --json                   one JSON object per line per event (docs/events.md)
  --engine wire|qt         protocol engine: Wsprobe's own (default) or QWebSocket
  --show-handshake         print the request and response headers
  --frames                 print every frame (wire engine)
  --no-auto-pong           do not answer the server's pings (wire engine)
  --max-message-size N     refuse larger messages with close code 1009
  --follow-redirects       follow 3xx answers to the upgrade (at most 5)
  --no-deflate             do not offer permessage-deflate compression
  --cacert FILE            trust the CA certificates in FILE (PEM or DER)
  --cert FILE              client certificate: PEM (with --key) or PKCS#12
  --key FILE               private key of --cert, PEM
  --pass PASSPHRASE        passphrase of the key or the PKCS#12 file
  --insecure               go on despite certificate errors
  --proxy URL              http://host:port (CONNECT), socks5://host:port or system

Without --send, each line of standard input is sent as a text message.
Exit status: 0 after a clean close, 1 when the connection failed or ended
without a clean closing handshake, 2 on bad arguments.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="66" />
            <source>No command given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="87" />
            <source>Unknown command "%1"; expected connect or demo-server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="95" />
            <source>The option %1 needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="108" />
            <source>--port takes a number from 0 to 65535, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="114" />
            <source>Unknown option "%1" for demo-server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="126" />
            <source>The header "%1" is not of the form "Name: value".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="144" />
            <source>--send-hex "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="152" />
            <source>--close takes a close code such as 1000 or 4000, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="164" />
            <source>--wait-ms takes a number of milliseconds, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="177" />
            <source>--engine takes wire or qt, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="196" />
            <source>--frame-size takes a number of bytes, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="203" />
            <source>--keepalive-ms takes a number of milliseconds, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="229" />
            <source>--max-message-size takes a number of bytes, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="235" />
            <source>Unknown option "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="246" />
            <source>Unexpected argument "%1": only one URL can be given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/clioptions.cpp" line="254" />
            <source>connect needs a URL, for example ws://127.0.0.1:8080/echo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../ui/closedialog.ui" line="6" />
            <location filename="../ui/closedialog.cpp" line="16" />
            <source>Close connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.ui" line="12" />
            <source>Close &amp;code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.ui" line="21" />
            <source>Close code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.ui" line="22" />
            <source>1000 for a normal closure, or an application code from 3000 to 4999</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.ui" line="27" />
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.ui" line="33" />
            <source>Close reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.ui" line="49" />
            <source>Close error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.cpp" line="53" />
            <source>%1 of %2 bytes (UTF-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/closedialog.cpp" line="55" />
            <source>Unassigned code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <location filename="../src/connection.cpp" line="66" />
            <source>Already %1: disconnect before opening a new connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/connection.cpp" line="95" />
            <source>Cannot %1: the connection is %2 (readyState %3), not OPEN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/connection.cpp" line="104" />
            <location filename="../src/connection.cpp" line="116" />
            <source>send a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/connection.cpp" line="128" />
            <source>send a ping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/connection.cpp" line="131" />
            <source>A ping payload is at most %1 bytes; this one is %2 bytes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionPanel</name>
        <message>
            <location filename="../ui/connectionpanel.ui" line="9" />
            <source>&amp;URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="17" />
            <source>The ws:// or wss:// address to connect to. Recent URLs are remembered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="18" />
            <source>WebSocket URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="23" />
            <location filename="../ui/connectionpanel.cpp" line="247" />
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="31" />
            <source>Connection error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="36" />
            <source>Subprotocols (in order of preference)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="40" />
            <source>Sent as Sec-WebSocket-Protocol, first entry preferred.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="41" />
            <source>Subprotocols</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="49" />
            <source>e.g. graphql-transport-ws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="50" />
            <source>New subprotocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="55" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="56" />
            <source>Add the subprotocol to the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="61" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="62" />
            <source>Remove the selected subprotocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="67" />
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="68" />
            <source>Prefer the selected subprotocol more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="73" />
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="74" />
            <source>Prefer the selected subprotocol less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="84" />
            <location filename="../ui/connectionpanel.ui" line="89" />
            <source>Request headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="92" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="93" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="100" />
            <source>Add header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="105" />
            <source>Remove header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="120" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="124" />
            <source>&amp;Engine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="130" />
            <source>Protocol engine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="131" />
            <source>Wire: Wsprobe's own client, which sees every header and frame. Qt WebSockets: QWebSocket, as a second opinion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="136" />
            <source>&amp;Max message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="142" />
            <source> MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="146" />
            <source>Largest message accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="147" />
            <source>Larger messages are refused with close code 1009 before memory is taken for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="152" />
            <source>Keep-&amp;alive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="158" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="159" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="161" />
            <source>Keep-alive ping interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="162" />
            <source>Send a ping this often while the connection is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="167" />
            <source>Frame si&amp;ze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="173" />
            <source>whole message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="174" />
            <source> B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="176" />
            <source>Outgoing frame size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="177" />
            <source>Split outgoing messages into frames of at most this many bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="182" />
            <source>Pro&amp;xy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="188" />
            <source>none · system · http://host:port · socks5://host:port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="189" />
            <source>Proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="195" />
            <source>Answer server &amp;pings automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="197" />
            <source>Turn off to test how the server handles a client that stops answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="202" />
            <source>Follow &amp;redirects (at most 5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="207" />
            <source>Offer permessage-&amp;deflate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="209" />
            <source>Ask the server to compress messages (RFC 7692). The log shows both the size and the size on the wire.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="214" />
            <source>Log every &amp;frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="215" />
            <source>Show each frame in both directions with its FIN, RSV, mask and length bits (wire engine).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="223" />
            <source>TLS (wss://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="227" />
            <source>C&amp;A file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="235" />
            <source>Extra certificate authorities to trust, PEM or DER (for a private or self-signed server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="241" />
            <location filename="../ui/connectionpanel.ui" line="263" />
            <location filename="../ui/connectionpanel.ui" line="285" />
            <source>…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="242" />
            <location filename="../ui/connectionpanel.ui" line="264" />
            <location filename="../ui/connectionpanel.ui" line="286" />
            <source>Choose a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="249" />
            <source>Client &amp;cert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="257" />
            <source>Client certificate for mutual TLS: PEM (with the key below) or PKCS#12 (.p12/.pfx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="271" />
            <source>&amp;Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="279" />
            <source>Private key of the client certificate, PEM (not needed for PKCS#12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="293" />
            <source>Pass&amp;phrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="300" />
            <source>Key passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="305" />
            <source>&amp;Ignore certificate errors for this connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="306" />
            <source>Connect even though the server's certificate is not trusted. The errors are still recorded in the handshake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="314" />
            <source>&amp;Origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="320" />
            <source>none (e.g. https://app.example.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="321" />
            <source>Sent as the Origin header; servers often check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.ui" line="322" />
            <source>Origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="20" />
            <source>ws://127.0.0.1:8080/echo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="27" />
            <source>Wire (Wsprobe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="28" />
            <source>Qt WebSockets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="37" />
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="38" />
            <source>Choose CA certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="39" />
            <source>Choose a client certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="40" />
            <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="41" />
            <source>Choose the private key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="42" />
            <source>Keys (*.pem *.key);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="96" />
            <source>The subprotocol "%1" is already in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="248" />
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connectionpanel.cpp" line="249" />
            <source>&amp;Disconnect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoServer</name>
        <message>
            <location filename="../src/demoserver.cpp" line="30" />
            <source>The demo server could not listen on 127.0.0.1:%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/demoserver.cpp" line="102" />
            <source>Unknown path %1: try /echo, /ticker or /binary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <location filename="../src/engine.cpp" line="81" />
            <source>The server at %1:%2 rejected the WebSocket handshake: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="86" />
            <source>Connection refused by %1:%2: no server is listening there, or a firewall refused the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="91" />
            <source>The host "%1" was not found (DNS lookup failed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="93" />
            <source>Timed out while connecting to %1:%2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="96" />
            <source>The server closed the TCP connection without a closing handshake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="97" />
            <source>The server at %1:%2 closed the connection during the opening handshake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="103" />
            <source>The TLS handshake with %1:%2 failed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="110" />
            <source>Proxy error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="112" />
            <source>Network error talking to %1:%2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/engine.cpp" line="116" />
            <source>Connection error with %1:%2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventJson</name>
        <message>
            <location filename="../src/eventjson.cpp" line="131" />
            <source>the "time" field is missing or not an ISO 8601 timestamp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/eventjson.cpp" line="144" />
            <source>the "data" field is not valid base64</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/eventjson.cpp" line="164" />
            <source>unknown message type "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/eventjson.cpp" line="217" />
            <source>unknown opcode "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/eventjson.cpp" line="227" />
            <source>unknown event "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventNames</name>
        <message>
            <location filename="../src/event.cpp" line="107" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="109" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="111" />
            <source>Binary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="113" />
            <source>Ping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="115" />
            <source>Pong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="117" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="119" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="121" />
            <source>Handshake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="123" />
            <source>Frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="145" />
            <source>Normal closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="147" />
            <source>Going away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="149" />
            <source>Protocol error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="151" />
            <source>Unsupported data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="153" />
            <source>No status received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="155" />
            <source>Abnormal closure (connection dropped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="157" />
            <source>Invalid payload data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="159" />
            <source>Policy violation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="161" />
            <source>Message too big</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="163" />
            <source>Mandatory extension missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="165" />
            <source>Internal server error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="167" />
            <source>Service restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="169" />
            <source>Try again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="171" />
            <source>Bad gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="173" />
            <source>TLS handshake failure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="178" />
            <source>Registered for libraries and frameworks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/event.cpp" line="180" />
            <source>Application-defined</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FrameCodec</name>
        <message>
            <location filename="../src/framecodec.cpp" line="29" />
            <location filename="../src/framecodec.cpp" line="34" />
            <source>the server used reserved opcode 0x%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="39" />
            <source>the server set RSV1 without a negotiated extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="44" />
            <source>the server set RSV%1, which no negotiated extension defines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="50" />
            <source>the server masked a frame (servers must not mask, RFC 6455 §5.1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="56" />
            <source>the server fragmented a %1 control frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="61" />
            <source>the server sent a %1 control frame longer than 125 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="67" />
            <source>the server compressed a %1 control frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="83" />
            <source>the server sent a 64-bit frame length with the most significant bit set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/framecodec.cpp" line="90" />
            <source>the server announced a frame of %1 bytes; the limit is %2 bytes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Handshake</name>
        <message>
            <location filename="../src/handshake.cpp" line="106" />
            <source>The server answered 101 but its Upgrade header is "%1", not "websocket".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="109" />
            <source>The server answered 101 but its Connection header is "%1", not "Upgrade".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="113" />
            <source>The server answered 101 without a Sec-WebSocket-Accept header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="115" />
            <source>The server's Sec-WebSocket-Accept "%1" does not match the key sent (expected "%2").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="121" />
            <source>The server chose more than one subprotocol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="127" />
            <source>The server chose the subprotocol "%1" although none was offered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="129" />
            <source>The server chose the subprotocol "%1", which was not offered (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="142" />
            <source>The server accepted the extension "%1", which was not offered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="145" />
            <source>The server accepted permessage-deflate twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandshakeDialog</name>
        <message>
            <location filename="../ui/handshakedialog.ui" line="6" />
            <source>Opening handshake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="17" />
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="23" />
            <source>Request as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="29" />
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="35" />
            <source>Response as received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="41" />
            <source>TLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="46" />
            <source>TLS session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="57" />
            <source>Copy as &amp;text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="62" />
            <source>Copy as &amp;wscat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="67" />
            <source>Copy as web&amp;socat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.ui" line="72" />
            <source>Copy as wsprobe-&amp;cli</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="25" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="27" />
            <source>Upgraded (HTTP 101). Subprotocol: %1 · extensions: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="30" />
            <source>The server refused the upgrade: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="33" />
            <source>(No response was seen. The QWebSocket engine does not expose the response; use the wire engine.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="35" />
            <source>No response recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="41" />
            <source>(The QWebSocket engine does not report the TLS session.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="42" />
            <source>Not encrypted (ws://).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="44" />
            <source>Protocol: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="45" />
            <source>Cipher: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="46" />
            <source>Server certificate chain:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="50" />
            <source>Certificate errors ignored at your request:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="57" />
            <source>the handshake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/handshakedialog.cpp" line="83" />
            <source>Copied %1 to the clipboard.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HexCodec</name>
        <message>
            <location filename="../src/hexcodec.cpp" line="30" />
            <source>"%1" at position %2 is not a hexadecimal digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/hexcodec.cpp" line="44" />
            <source>The hex text has an odd number of digits: each byte needs two.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HttpResponseParser</name>
        <message>
            <location filename="../src/handshake.cpp" line="159" />
            <source>The server's response headers exceed %1 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="200" />
            <source>The server closed the connection before completing its response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="216" />
            <source>The server's response does not start with an HTTP status line: "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/handshake.cpp" line="228" />
            <source>The server sent a malformed header line: "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <location filename="../ui/logview.ui" line="13" />
            <source>Event log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/logview.ui" line="26" />
            <source>Event count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/logview.ui" line="36" />
            <source>Scroll to the newest event and keep following new ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/logview.ui" line="41" />
            <source>Clear log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/logview.ui" line="42" />
            <source>Remove every event from this log</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/logview.cpp" line="107" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/logview.cpp" line="109" />
            <source>Following new events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/logview.cpp" line="113" />
            <source>Resume autoscroll (%1 new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/logview.cpp" line="114" />
            <source>Resume autoscroll</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.ui" line="6" />
            <location filename="../ui/mainwindow.cpp" line="194" />
            <source>Wsprobe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="31" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="35" />
            <source>&amp;Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="46" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="51" />
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="55" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="65" />
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="80" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="125" />
            <source>Scroll to the newest event and keep following (Ctrl+End)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="85" />
            <source>Edit &amp;URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="86" />
            <source>Put the cursor in the URL field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="91" />
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="92" />
            <source>Open a WebSocket connection to the URL (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="97" />
            <source>&amp;Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="98" />
            <source>Close normally with code 1000, or cancel a connection attempt (Shift+F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="103" />
            <source>C&amp;lose With Code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="104" />
            <source>Close with a chosen code and reason (Ctrl+Shift+W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="108" />
            <source>&amp;Handshake…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="109" />
            <source>Inspect the opening handshake: request, response, and the connection as a command line (Ctrl+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="114" />
            <source>&amp;Ping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="115" />
            <source>Send a ping frame and measure the round trip (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="119" />
            <source>&amp;Send Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="120" />
            <source>Send what is in the send box (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="124" />
            <source>&amp;Follow New Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="130" />
            <source>C&amp;lear Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="131" />
            <source>Remove every event from the log (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="136" />
            <source>Start &amp;Demo Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="137" />
            <source>Run the built-in test server on 127.0.0.1 (/echo, /ticker, /binary) and fill in its URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="140" />
            <source>&amp;About Wsprobe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="73" />
            <source>Connected to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="77" />
            <source>Pong received: round trip %1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="108" />
            <source>Demo Server on Port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="111" />
            <source>Demo server listening on %1 — paths /echo, /ticker, /binary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="184" />
            <source>Closed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="197" />
            <source>%1 — %2 — Wsprobe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="203" />
            <source>About Wsprobe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="204" />
            <source>&lt;h3&gt;Wsprobe %1&lt;/h3&gt;&lt;p&gt;A WebSocket test and debugging tool: connect, see what crosses the wire, poke the server, keep what happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="240" />
            <source>Wsprobe window closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageAssembler</name>
        <message>
            <location filename="../src/messageassembler.cpp" line="38" />
            <source>the server sent a continuation frame with no message to continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messageassembler.cpp" line="40" />
            <source>the server started a new %1 message before finishing the previous one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messageassembler.cpp" line="50" />
            <source>the server set RSV1 on a continuation frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messageassembler.cpp" line="54" />
            <source>the server's message exceeds the limit of %1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messageassembler.cpp" line="58" />
            <location filename="../src/messageassembler.cpp" line="85" />
            <source>the server sent a text message that is not valid UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messageassembler.cpp" line="70" />
            <source>the server's text message ends in the middle of a UTF-8 character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messageassembler.cpp" line="76" />
            <source>the server's compressed message inflates beyond the limit of %1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messageassembler.cpp" line="80" />
            <source>the server's compressed message is not valid deflate data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageLog</name>
        <message>
            <location filename="../src/messagelog.cpp" line="120" />
            <source>Sent by Wsprobe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="122" />
            <source>Received from the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="167" />
            <location filename="../src/messagelog.cpp" line="173" />
            <source>%1 B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="171" />
            <source>%1 B (%2 B deflated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="202" />
            <source>Connected · protocol: %1 · extensions: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="203" />
            <location filename="../src/messagelog.cpp" line="204" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="206" />
            <location filename="../src/messagelog.cpp" line="210" />
            <source>(no payload)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="208" />
            <source>round trip %1 ms · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="216" />
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="218" />
            <source> · reason: "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="219" />
            <source> · clean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="219" />
            <source> · not clean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="227" />
            <source>%1 → (no response seen by this engine)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="229" />
            <source>%1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="243" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="245" />
            <source>Dir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="247" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="249" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/messagelog.cpp" line="251" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PerMessageDeflate</name>
        <message>
            <location filename="../src/permessagedeflate.cpp" line="29" />
            <source>The server repeated the permessage-deflate parameter "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/permessagedeflate.cpp" line="38" />
            <source>The server's permessage-deflate parameter %1=%2 is not a window size from 8 to 15.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/permessagedeflate.cpp" line="57" />
            <source>The server answered permessage-deflate with the parameter "%1", which was not offered or is malformed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QtWebSocketEngine</name>
        <message>
            <location filename="../src/qtwebsocketengine.cpp" line="177" />
            <source>No WebSocket handshake from %1:%2 within %3 ms; gave up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestValidator</name>
        <message>
            <location filename="../src/requestvalidator.cpp" line="32" />
            <location filename="../src/requestvalidator.cpp" line="43" />
            <source>Enter a URL, for example ws://127.0.0.1:8080/echo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="49" />
            <source>The URL has no scheme: start it with ws:// or wss://, for example ws://localhost:8080/.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="52" />
            <source>The URL is malformed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="56" />
            <source>"%1://" is an HTTP URL; WebSocket URLs use %2:// (try %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="60" />
            <source>Unsupported scheme "%1": WebSocket URLs start with ws:// or wss://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="63" />
            <source>The URL has no host name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="65" />
            <source>WebSocket URLs cannot contain a fragment (the part after "#").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="82" />
            <source>A subprotocol name cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="87" />
            <source>The subprotocol "%1" contains "%2", which is not allowed in a token (RFC 7230: letters, digits and !#$%&amp;'*+-.^_`|~ only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="89" />
            <source>a space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="103" />
            <source>The subprotocol "%1" is listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="112" />
            <source>A header name cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="114" />
            <source>"%1" is not a valid header name (letters, digits and !#$%&amp;'*+-.^_`|~ only, no spaces or colons).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="119" />
            <source>The header "%1" is part of the WebSocket handshake and is set by Wsprobe; use the subprotocol list instead of Sec-WebSocket-Protocol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="123" />
            <source>The header "%1" is fixed by the WebSocket handshake and cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="126" />
            <source>The Host header is taken from the URL; change the URL instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="128" />
            <source>Set the Origin in its own field rather than as a custom header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="131" />
            <source>The value of header "%1" contains a line break or NUL character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="141" />
            <source>The Origin contains a line break or NUL character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="163" />
            <source>Close code %1 cannot be sent by an application: use 1000 or a code from 3000 to 4999.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="169" />
            <source>The close reason is %1 bytes of UTF-8; at most %2 bytes are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="199" />
            <source>The proxy "%1" is not understood: use system, http://host:port or socks5://host:port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/requestvalidator.cpp" line="203" />
            <source>The proxy "%1" has no port.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendBox</name>
        <message>
            <location filename="../ui/sendbox.ui" line="14" />
            <source>Send &amp;as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.ui" line="20" />
            <source>Message type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.ui" line="30" />
            <source>&amp;Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.ui" line="47" />
            <source>Discard paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.ui" line="55" />
            <source>Message to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.ui" line="61" />
            <source>Send error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="16" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="17" />
            <source>Binary (hex)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="19" />
            <source>Send the message (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="61" />
            <source>Connect to send messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="63" />
            <source>Hex bytes, e.g. 01 02 ff · Ctrl+Enter sends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="65" />
            <source>UTF-8 text · Ctrl+Enter sends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="66" />
            <source>48 65 6c 6c 6f</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="67" />
            <source>Type a message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="75" />
            <source>A %1 paste is ready to send. It is held outside the editor, which would be slow to show it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/sendbox.cpp" line="90" />
            <source>Not connected: connect before sending.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusIndicators</name>
        <message>
            <location filename="../ui/statusindicators.cpp" line="24" />
            <source>readyState</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="25" />
            <source>WebSocket.readyState: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="26" />
            <source>bufferedAmount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="27" />
            <source>Bytes queued by send() and not yet written to the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="28" />
            <source>Negotiated protocol and extensions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="29" />
            <source>Time connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="65" />
            <source>bufferedAmount: %1 B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="70" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="72" />
            <source>protocol: %1 · extensions: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="98" />
            <source>not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/statusindicators.cpp" line="100" />
            <source>connected %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TlsConfig</name>
        <message>
            <location filename="../src/tlsconfig.cpp" line="13" />
            <source>Cannot read the CA file %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/tlsconfig.cpp" line="21" />
            <source>The CA file %1 holds no PEM or DER certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/tlsconfig.cpp" line="29" />
            <source>Cannot read the client certificate %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/tlsconfig.cpp" line="38" />
            <source>Cannot read the private key %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/tlsconfig.cpp" line="47" />
            <source>The private key in %1 cannot be read: it is not an RSA or EC key in PEM, or the passphrase is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/tlsconfig.cpp" line="61" />
            <source>The client certificate %1 is neither PEM nor a PKCS#12 file this passphrase opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/tlsconfig.cpp" line="82" />
            <source>CN=%1 (issuer CN=%2, valid %3 to %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/tlsconfig.cpp" line="95" />
            <source>%1 — certificate %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WireEngine</name>
        <message>
            <location filename="../src/wireengine.cpp" line="164" />
            <source>The server at %1 sent an invalid handshake response: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="240" />
            <source>The server redirects (HTTP %1) to %2, but %3 redirects have been followed already or the target is not a WebSocket URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="245" />
            <source>The server redirects (HTTP %1) to %2; enable "follow redirects" to go there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="250" />
            <source>The server at %1 refused the WebSocket upgrade: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="253" />
            <source> — body: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="335" />
            <source>the server's Close frame has a 1-byte payload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="343" />
            <source>the server sent close code %1, which may not be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="347" />
            <source>the server's close reason is not valid UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="371" />
            <source>Protocol error: %1. Wsprobe closes the connection with code %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="477" />
            <source>The server at %1 closed the connection during the opening handshake. Over TLS this is often a server that requires a client certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="481" />
            <source>The server at %1 closed the connection during the opening handshake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="493" />
            <source>The server closed the TCP connection without a closing handshake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="530" />
            <source>No WebSocket handshake from %1:%2 within %3 ms; gave up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/wireengine.cpp" line="548" />
            <source>The server did not answer the Close frame within %1 ms.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/cli_main.cpp" line="34" />
            <source>wsprobe-cli: %1

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli_main.cpp" line="51" />
            <source>Demo server listening on %1 (paths /echo, /ticker, /binary)
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/gui_main.cpp" line="39" />
            <source>WebSocket test and debugging tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/gui_main.cpp" line="44" />
            <source>Start the built-in test server and connect to its /echo path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/gui_main.cpp" line="49" />
            <source>A ws:// or wss:// URL to connect to.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
