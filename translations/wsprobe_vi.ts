<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AuthEditor</name>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="11" />
        <source>T&amp;ype</source>
        <translation>&amp;Kiểu</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="17" />
        <source>Authentication type</source>
        <translation>Kiểu xác thực</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="29" />
        <source>To&amp;ken</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="36" />
        <location filename="../ui/connection/autheditor.cpp" line="12" />
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="47" />
        <source>U&amp;ser</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="53" />
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="58" />
        <source>Pass&amp;word</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="65" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="76" />
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="82" />
        <source>e.g. X-Api-Key or api_key</source>
        <translation>ví dụ X-Api-Key hoặc api_key</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="83" />
        <source>API key name</source>
        <translation>Tên khóa API</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="88" />
        <source>&amp;Value</source>
        <translation>&amp;Giá trị</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="95" />
        <location filename="../ui/connection/autheditor.cpp" line="14" />
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="100" />
        <source>&amp;Add to</source>
        <translation>Thê&amp;m vào</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="106" />
        <source>Where the API key is sent</source>
        <translation>Nơi gửi khóa API</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.ui" line="116" />
        <source>What the authentication sends</source>
        <translation>Những gì phần xác thực gửi đi</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="11" />
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="13" />
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="15" />
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="16" />
        <source>Query parameter</source>
        <translation>Tham số truy vấn</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="33" />
        <source>Adds a credential to the request when it connects. Exports replace it with &lt;redacted&gt;.</source>
        <translation>Thêm thông tin xác thực vào yêu cầu khi kết nối. Khi xuất, nó được thay bằng &lt;redacted&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/connection/autheditor.cpp" line="36" />
        <source>Saved sessions and HAR files replace it with &lt;redacted&gt;.</source>
        <translation>Phiên đã lưu và tệp HAR thay nó bằng &lt;redacted&gt;.</translation>
    </message>
</context>
<context>
    <name>CheckRecord</name>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="54" />
        <source>pass: %1 · got: %2</source>
        <translation>đạt: %1 · nhận được: %2</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="55" />
        <source>FAIL: %1 · expected: %2 · got: %3</source>
        <translation>KHÔNG ĐẠT: %1 · mong đợi: %2 · nhận được: %3</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="57" />
        <source> · line %1</source>
        <translation> · dòng %1</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="63" />
        <source>Passed: %1</source>
        <translation>Đạt: %1</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="63" />
        <source>Failed: %1</source>
        <translation>Không đạt: %1</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="64" />
        <source>Expected: %1</source>
        <translation>Mong đợi: %1</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="64" />
        <source>Got: %1</source>
        <translation>Nhận được: %1</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="66" />
        <source>Line: %1</source>
        <translation>Dòng: %1</translation>
    </message>
    <message>
        <location filename="../src/log/checkrecord.cpp" line="67" />
        <source>After %1 ms</source>
        <translation>Sau %1 ms</translation>
    </message>
</context>
<context>
    <name>CliClient</name>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="47" />
        <source>--action: the %1 layer was not ready after %2 ms; no action sent</source>
        <translation>--action: lớp %1 chưa sẵn sàng sau %2 ms; không hành động nào được gửi</translation>
    </message>
    <message>
        <source>wsprobe-cli: cannot write to standard output: %1
</source>
        <translation>wsprobe-cli: không thể ghi ra đầu ra chuẩn: %1
</translation>
    </message>
    <message>
        <source>standard output was closed</source>
        <translation>đầu ra chuẩn đã bị đóng</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="80" />
        <source>--action %1: %2</source>
        <translation>--action %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="112" />
        <source>--action needs a protocol layer (--protocol)</source>
        <translation>--action cần một lớp giao thức (--protocol)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="168" />
        <source>Connected. Each line you type is sent as a text message; end of input (Ctrl+D) closes, Ctrl+C interrupts.
</source>
        <translation>Đã kết nối. Mỗi dòng bạn gõ được gửi thành một tin nhắn văn bản; kết thúc đầu vào (Ctrl+D) sẽ đóng, Ctrl+C sẽ ngắt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="201" />
        <source>wsprobe-cli was interrupted</source>
        <translation>wsprobe-cli bị ngắt</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="213" />
        <source>the connection ended without a clean closing handshake (%1)</source>
        <translation>kết nối kết thúc mà không có bắt tay đóng sạch (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="214" />
        <source>the connection ended without a clean closing handshake (%1 %2)</source>
        <translation>kết nối kết thúc mà không có bắt tay đóng sạch (%1 %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="260" />
        <source>wsprobe-cli: %1
</source>
        <translation>wsprobe-cli: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliclient.cpp" line="261" />
        <source>the connection failed</source>
        <translation>kết nối thất bại</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="130" />
        <source>--action needs a protocol layer (--protocol)</source>
        <translation>--action cần một lớp giao thức (--protocol)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="141" />
        <source>--action "%1": %2 has no such action; it has %3</source>
        <translation>--action "%1": %2 không có hành động này; nó có %3</translation>
    </message>
    <message>
        <source>standard output was closed (its reader, such as head, exited): ended at once, after closing the connection</source>
        <translation>đầu ra chuẩn đã bị đóng (bên đọc nó, như head, đã thoát): kết thúc ngay, sau khi đóng kết nối</translation>
    </message>
    <message>
        <source>record writes its session to a file, not to standard output (-); for the events on standard output, use connect --json.</source>
        <translation>record ghi phiên vào một tệp, không ghi ra đầu ra chuẩn (-); để có các sự kiện trên đầu ra chuẩn, hãy dùng connect --json.</translation>
    </message>
    <message>
        <source>replay -o writes a session file, not standard output (-); for the events on standard output, use --json.</source>
        <translation>replay -o ghi một tệp phiên, không ghi ra đầu ra chuẩn (-); để có các sự kiện trên đầu ra chuẩn, hãy dùng --json.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="22" />
        <source>Usage: wsprobe-cli COMMAND [options] [arguments]
       wsprobe-cli help [COMMAND]
       wsprobe-cli -V | --version

A WebSocket client for terminals, scripts and CI: the console twin of Wsprobe.
It connects, sends, prints every event, records sessions, replays and converts them.

Commands:
</source>
        <translation>Cách dùng: wsprobe-cli LỆNH [tùy chọn] [đối số]
           wsprobe-cli help [LỆNH]
           wsprobe-cli -V | --version

Một máy khách WebSocket cho terminal, script và CI: bản console của Wsprobe.
Nó kết nối, gửi, in mọi sự kiện, ghi phiên, phát lại và chuyển đổi chúng.

Các lệnh:
</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="34" />
        <source>show the help of COMMAND, or this help</source>
        <translation>hiện trợ giúp của LỆNH, hoặc trợ giúp này</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="39" />
        <source>
Options:
  -h, --help           show this help
  -V, --version        show the version

'wsprobe-cli COMMAND --help' (or 'wsprobe-cli help COMMAND') shows the options
of COMMAND. Options take their value as --option VALUE or --option=VALUE; --
ends the options.

Environment:
  NO_COLOR             when set and not empty: no colour. Without it, colour
                       is used only when standard output is a terminal.

</source>
        <translation>
Tùy chọn:
  -h, --help           hiện trợ giúp này
  -V, --version        hiện phiên bản

'wsprobe-cli LỆNH --help' (hoặc 'wsprobe-cli help LỆNH') hiện các tùy chọn
của LỆNH. Tùy chọn nhận giá trị dạng --option GIÁ_TRỊ hoặc --option=GIÁ_TRỊ;
-- kết thúc các tùy chọn.

Biến môi trường:
  NO_COLOR             khi được đặt và không rỗng: không tô màu. Nếu không,
                       chỉ tô màu khi đầu ra chuẩn là một terminal.

</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="68" />
        <source>Try 'wsprobe-cli --help'.</source>
        <translation>Hãy thử 'wsprobe-cli --help'.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="69" />
        <source>Try 'wsprobe-cli %1 --help'.</source>
        <translation>Hãy thử 'wsprobe-cli %1 --help'.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="81" />
        <source>No command given.</source>
        <translation>Chưa có lệnh nào.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="92" />
        <source>There is no command "%1" to help with.</source>
        <translation>Không có lệnh "%1" để trợ giúp.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="109" />
        <source>--completions takes bash, zsh or fish, not "%1".</source>
        <translation>--completions nhận bash, zsh hoặc fish, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="123" />
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="126" />
        <source>Unknown option "%1"; a command comes first: %2.</source>
        <translation>Tùy chọn "%1" không rõ; lệnh phải đứng trước: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="127" />
        <source>Unknown command "%1"; expected %2.</source>
        <translation>Lệnh "%1" không rõ; cần %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="35" />
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="55" />
        <source>The option %1 takes no value.</source>
        <translation>Tùy chọn %1 không nhận giá trị.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="57" />
        <location filename="../app/cli/options/commandspec.cpp" line="67" />
        <source>The option %1 needs a value.</source>
        <translation>Tùy chọn %1 cần một giá trị.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="127" />
        <source>show this help</source>
        <translation>hiện trợ giúp này</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="133" />
        <source>the connection ended with a clean closing handshake, whoever closed it; replay: completed and, with --compare, matched; convert: written</source>
        <translation>kết nối kết thúc với bắt tay đóng sạch, dù bên nào đóng; replay: hoàn tất và, với --compare, khớp; convert: đã ghi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="135" />
        <source>the connection failed (refused, DNS, TLS, handshake), was failed on a protocol violation or ended without a clean closing handshake; the reason is printed on standard error</source>
        <translation>kết nối thất bại (bị từ chối, DNS, TLS, bắt tay), bị hủy do vi phạm giao thức hoặc kết thúc mà không có bắt tay đóng sạch; lý do được in ra lỗi chuẩn</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="138" />
        <source>bad arguments, or a file (standard output too) that cannot be read or written, such as on a full disk</source>
        <translation>đối số sai, hoặc một tệp (cả đầu ra chuẩn) không đọc hay ghi được, chẳng hạn khi đĩa đầy</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="139" />
        <source>replay --compare: the replies differ from the recording</source>
        <translation>replay --compare: các phản hồi khác với bản ghi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="140" />
        <source>ended by SIGINT (Ctrl+C), after closing with 1001 (going away)</source>
        <translation>kết thúc do SIGINT (Ctrl+C), sau khi đóng với 1001 (going away)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="141" />
        <source>ended by SIGTERM, the same way</source>
        <translation>kết thúc do SIGTERM, cùng cách đó</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="143" />
        <source>Exit status:</source>
        <translation>Mã thoát:</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="193" />
        <source>Unknown option "%1" for %2.</source>
        <translation>Tùy chọn "%1" không rõ với %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="194" />
        <source>The option %1 belongs to %2, not to %3.</source>
        <translation>Tùy chọn %1 thuộc về %2, không thuộc %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="235" />
        <source>Usage: wsprobe-cli %1 [options] %2</source>
        <translation>Cách dùng: wsprobe-cli %1 [tùy chọn] %2</translation>
    </message>
    <message>
        <location filename="../app/cli/options/commandspec.cpp" line="237" />
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="40" />
        <source>--deflate: "%1" is not server_no_context_takeover, client_no_context_takeover, server_max_window_bits=8..15 or client_max_window_bits=8..15.</source>
        <translation>--deflate: "%1" không phải server_no_context_takeover, client_no_context_takeover, server_max_window_bits=8..15 hay client_max_window_bits=8..15.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="63" />
        <location filename="../app/cli/options/sessionoptions.cpp" line="186" />
        <source>--port takes a number from 0 to 65535, not "%1".</source>
        <translation>--port nhận một số từ 0 đến 65535, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="69" />
        <source>--host takes an IP address to listen on (127.0.0.1, ::1, 0.0.0.0), not "%1".</source>
        <translation>--host nhận một địa chỉ IP để lắng nghe (127.0.0.1, ::1, 0.0.0.0), không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="77" />
        <source>--path takes a path that starts with '/', not "%1".</source>
        <translation>--path nhận một đường dẫn bắt đầu bằng '/', không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="103" />
        <source>--fault: %1</source>
        <translation>--fault: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="115" />
        <source>--subprotocol takes the name of a subprotocol.</source>
        <translation>--subprotocol cần tên của một subprotocol.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="129" />
        <source>--response-header takes "Name: value", not "%1".</source>
        <translation>--response-header cần "Tên: giá trị", không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="146" />
        <source>--echo, --rules and --session answer clients in different ways; give one of them.</source>
        <translation>--echo, --rules và --session trả lời máy khách theo những cách khác nhau; hãy chỉ dùng một trong số đó.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="151" />
        <source>--tls-cert and --tls-key go together: the certificate and its key.</source>
        <translation>--tls-cert và --tls-key đi cùng nhau: chứng chỉ và khóa của nó.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="156" />
        <source>--tls-self-signed makes a certificate; it cannot be used with --tls-cert.</source>
        <translation>--tls-self-signed tự tạo chứng chỉ; không dùng được cùng --tls-cert.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="160" />
        <source>--no-subprotocol and --subprotocol contradict each other; give one.</source>
        <translation>--no-subprotocol và --subprotocol mâu thuẫn nhau; hãy chỉ dùng một.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="164" />
        <source>serve takes no arguments; "%1" is one too many.</source>
        <translation>serve không nhận đối số; "%1" là thừa.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="180" />
        <source>run a mock WebSocket server</source>
        <translation>chạy một máy chủ WebSocket giả lập</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="181" />
        <source>Listen for WebSocket clients and answer them: echo, by the rules of a rules file, or like the server of a recording. Prints each client's events (with its number) and records every client. Ctrl+C closes every client with 1001 Going Away and exits.</source>
        <translation>Lắng nghe các máy khách WebSocket và trả lời chúng: phản hồi lại, theo các quy tắc của một tệp quy tắc, hoặc như máy chủ trong một bản ghi. In các sự kiện của từng máy khách (kèm số thứ tự) và ghi lại mọi máy khách. Ctrl+C đóng mọi máy khách với mã 1001 Going Away rồi thoát.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="186" />
        <source>the port to listen on (default 0: any free port, printed)</source>
        <translation>cổng để lắng nghe (mặc định 0: một cổng trống bất kỳ, được in ra)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="188" />
        <source>the address to listen on (default 127.0.0.1)</source>
        <translation>địa chỉ để lắng nghe (mặc định 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="191" />
        <source>accept upgrades on this path only, others get 404 (repeatable; default: any path)</source>
        <translation>chỉ chấp nhận nâng cấp trên đường dẫn này, các đường dẫn khác nhận 404 (lặp lại được; mặc định: mọi đường dẫn)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="194" />
        <source>send every message back to its sender</source>
        <translation>gửi mọi thông điệp trở lại cho người gửi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="195" />
        <source>answer by the rules in FILE (docs/serve-rules.md)</source>
        <translation>trả lời theo các quy tắc trong FILE (docs/serve-rules.md)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="198" />
        <source>answer like the server of a recording (.wsprobe.jsonl, --json output or HAR)</source>
        <translation>trả lời như máy chủ trong một bản ghi (.wsprobe.jsonl, đầu ra --json hoặc HAR)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="202" />
        <source>with --session: 1 = recorded timing, 2 = twice as fast, 0 = at once</source>
        <translation>với --session: 1 = đúng thời gian đã ghi, 2 = nhanh gấp đôi, 0 = ngay lập tức</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="204" />
        <source>misbehave on purpose to test a client (repeatable; SPEC below)</source>
        <translation>cố ý làm sai để kiểm thử một client (lặp lại được; SPEC ở dưới)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="206" />
        <source>serve wss:// with this certificate (PEM)</source>
        <translation>phục vụ wss:// với chứng chỉ này (PEM)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="208" />
        <source>the certificate's private key (PEM)</source>
        <translation>khóa riêng của chứng chỉ (PEM)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="210" />
        <source>serve wss:// with a self-signed certificate made on first use (its fingerprint is printed)</source>
        <translation>phục vụ wss:// với một chứng chỉ tự ký được tạo ở lần dùng đầu tiên (dấu vân tay của nó được in ra)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="213" />
        <source>choose the first of these the client offers (repeatable, in order of preference; default: the client's first)</source>
        <translation>chọn cái đầu tiên trong số này mà client đề nghị (lặp lại được, theo thứ tự ưu tiên; mặc định: cái đầu tiên của client)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="216" />
        <source>never choose a subprotocol</source>
        <translation>không bao giờ chọn subprotocol</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="217" />
        <source>decline permessage-deflate</source>
        <translation>từ chối permessage-deflate</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="219" />
        <source>what to ask for when accepting permessage-deflate, e.g. "server_no_context_takeover; client_max_window_bits=10"</source>
        <translation>những gì yêu cầu khi chấp nhận permessage-deflate, ví dụ "server_no_context_takeover; client_max_window_bits=10"</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="223" />
        <source>add a header "Name: value" to every 101 (repeatable)</source>
        <translation>thêm header "Tên: giá trị" vào mọi phản hồi 101 (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="225" />
        <source>print each event as a JSON line with a "client" number</source>
        <translation>in mỗi sự kiện thành một dòng JSON có số "client"</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="227" />
        <source>record each client as a session: the first to FILE, later ones to FILE-2, FILE-3 and so on, before the extension</source>
        <translation>ghi mỗi máy khách thành một phiên: máy khách đầu tiên vào FILE, các máy khách sau vào FILE-2, FILE-3, v.v., trước phần mở rộng</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="230" />
        <source>print only opens, messages, closes and errors</source>
        <translation>chỉ in các lần mở, thông điệp, lần đóng và lỗi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="231" />
        <source>print every frame too</source>
        <translation>in cả mọi khung</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="235" />
        <source>Without --echo, --rules or --session the server accepts clients and answers nothing.
A server stopped by Ctrl+C or SIGTERM exits with 0 once its clients are closed; a second signal exits at once. It exits with 1 when it cannot listen (the port in use, bad TLS files).
</source>
        <translation>Không có --echo, --rules hoặc --session, máy chủ chấp nhận máy khách nhưng không trả lời gì.
Máy chủ bị dừng bằng Ctrl+C hoặc SIGTERM thoát với mã 0 sau khi các máy khách đã đóng; tín hiệu thứ hai thoát ngay lập tức. Nó thoát với mã 1 khi không thể lắng nghe (cổng đang được dùng, tệp TLS hỏng).
</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="108" />
        <location filename="../app/cli/options/sessionoptions.cpp" line="32" />
        <source>--redact takes the name of a header or query parameter.</source>
        <translation>--redact nhận tên của một header hoặc tham số truy vấn.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="164" />
        <source>convert takes two files, IN and OUT; "%1" is one too many.</source>
        <translation>convert nhận hai tệp, IN và OUT; "%1" là thừa.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="69" />
        <location filename="../app/cli/options/sessionoptions.cpp" line="145" />
        <source>--entry takes the number of a HAR entry, not "%1".</source>
        <translation>--entry nhận số thứ tự của một mục HAR, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/serveoptions.cpp" line="94" />
        <location filename="../app/cli/options/sessionoptions.cpp" line="76" />
        <source>--speed takes a factor from 0 to 1000 (0: as fast as possible), not "%1".</source>
        <translation>--speed nhận hệ số từ 0 đến 1000 (0: nhanh nhất có thể), không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="114" />
        <source>replay takes one file; "%1" is one too many.</source>
        <translation>replay nhận một tệp; "%1" là thừa.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="28" />
        <source>--%1 takes a number of bytes, not "%2".</source>
        <translation>--%1 nhận một số byte, không phải "%2".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="37" />
        <source>Without --send, each line of standard input is sent as a text message, and the connection closes after the end of input and --wait-ms.
-q prints the open, the messages, the close and errors; the default adds pings and pongs; -v adds the handshake and every frame. Colour is used when standard output is a terminal, never when NO_COLOR is set. Control characters from the peer are shown escaped, as \u001b; --json keeps them as they are.
On SIGINT (Ctrl+C) or SIGTERM the connection is closed with 1001 (going away) and the server's Close awaited, at most the close timeout (5 s); a second signal ends the wait.</source>
        <translation>Không có --send, mỗi dòng của đầu vào chuẩn được gửi thành một tin nhắn văn bản, và kết nối đóng sau khi hết đầu vào và --wait-ms.
-q in sự kiện mở, các tin nhắn, sự kiện đóng và lỗi; mặc định thêm ping và pong; -v thêm bắt tay và mọi frame. Màu được dùng khi đầu ra chuẩn là một terminal, không bao giờ khi NO_COLOR được đặt. Ký tự điều khiển từ phía bên kia được hiển thị dạng thoát, như \u001b; --json giữ nguyên chúng.
Khi nhận SIGINT (Ctrl+C) hoặc SIGTERM, kết nối được đóng với 1001 (going away) và chờ Close của máy chủ, tối đa bằng thời hạn đóng (5 giây); tín hiệu thứ hai kết thúc việc chờ.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="115" />
        <source>--send-frame needs the wire engine: QWebSocket writes only the frames it builds itself (leave out --engine qt).</source>
        <translation>--send-frame cần engine wire: QWebSocket chỉ ghi các frame do chính nó tạo (bỏ --engine qt).</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="120" />
        <source>-q (events only) and -v (frames and handshake too) exclude each other.</source>
        <translation>-q (chỉ sự kiện) và -v (cả frame và bắt tay) loại trừ nhau.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="124" />
        <source>--hide needs a protocol layer (--protocol)</source>
        <translation>--hide cần một lớp giao thức (--protocol)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="132" />
        <source>--hide "%1": %2 has no such packet type; it has heartbeats, %3</source>
        <translation>--hide "%1": %2 không có loại gói này; nó có heartbeats, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="157" />
        <source>print only the open, messages, close and errors</source>
        <translation>chỉ in sự kiện mở, tin nhắn, sự kiện đóng và lỗi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="158" />
        <source>print the handshake and every frame too (the same as --show-handshake --frames)</source>
        <translation>in cả bắt tay và mọi frame (giống --show-handshake --frames)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="169" />
        <source>offer a subprotocol (repeatable, in order)</source>
        <translation>đề xuất một subprotocol (lặp lại được, theo thứ tự)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="171" />
        <source>add a request header "Name: value" (repeatable)</source>
        <translation>thêm một header yêu cầu "Tên: giá trị" (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="173" />
        <source>send an Origin header</source>
        <translation>gửi header Origin</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="174" />
        <source>send a text message (repeatable, in order with --send-hex)</source>
        <translation>gửi một tin nhắn văn bản (lặp lại được, theo thứ tự cùng --send-hex)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="177" />
        <source>send a binary message given in hex: "01 02 ff", "0102ff" or "01:02:ff" (repeatable)</source>
        <translation>gửi một tin nhắn nhị phân dạng hex: "01 02 ff", "0102ff" hoặc "01:02:ff" (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="181" />
        <source>TESTING: write one message's frames exactly as SPEC says: any opcode, FIN, RSV bits, mask and key, a lying length, fragments (repeatable, in order with --send; SPEC below)</source>
        <translation>KIỂM THỬ: ghi các frame của một thông điệp đúng như SPEC mô tả: opcode bất kỳ, FIN, các bit RSV, mask và khóa, độ dài khai sai, phân mảnh (lặp lại được, theo thứ tự cùng --send; SPEC ở dưới)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="185" />
        <source>close code when done (default 1000; 3000-4999)</source>
        <translation>mã đóng khi xong (mặc định 1000; 3000-4999)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="187" />
        <source>close reason (at most 123 bytes of UTF-8)</source>
        <translation>lý do đóng (tối đa 123 byte UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="190" />
        <source>TESTING: send --close and --reason as given, any code 0-65535 (reserved and invalid ones too) and reasons over 123 bytes, to probe how a server handles a bad Close</source>
        <translation>KIỂM THỬ: gửi --close và --reason đúng như đưa vào, mọi mã 0-65535 (cả mã dành riêng và không hợp lệ) và lý do dài hơn 123 byte, để dò cách máy chủ xử lý một Close sai</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="193" />
        <source>wait N ms for replies before closing (default 1000)</source>
        <translation>chờ phản hồi N ms trước khi đóng (mặc định 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="195" />
        <source>one JSON object per line per event (docs/events.md)</source>
        <translation>mỗi sự kiện một đối tượng JSON trên một dòng (docs/events.md)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="197" />
        <source>protocol engine: Wsprobe's own (wire, the default) or QWebSocket (qt)</source>
        <translation>bộ máy giao thức: của riêng Wsprobe (wire, mặc định) hoặc QWebSocket (qt)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="199" />
        <source>print the request and response headers</source>
        <translation>in các header yêu cầu và phản hồi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="200" />
        <source>print every frame (wire engine)</source>
        <translation>in mọi frame (bộ máy wire)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="201" />
        <source>do not answer the server's pings (wire engine)</source>
        <translation>không trả lời ping của máy chủ (bộ máy wire)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="202" />
        <source>refuse larger messages with close code 1009</source>
        <translation>từ chối tin nhắn lớn hơn bằng mã đóng 1009</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="205" />
        <source>refuse frames announcing more than N bytes (default 16 MiB)</source>
        <translation>từ chối frame báo trước hơn N byte (mặc định 16 MiB)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="207" />
        <source>frame events keep N payload bytes (default 64; -1: all)</source>
        <translation>sự kiện frame giữ N byte payload (mặc định 64; -1: tất cả)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="210" />
        <source>refuse sends while N bytes wait to be written (default 64 MiB)</source>
        <translation>từ chối gửi khi có N byte đang chờ ghi (mặc định 64 MiB)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="212" />
        <source>follow 3xx answers to the upgrade (at most 5)</source>
        <translation>đi theo các phản hồi 3xx cho yêu cầu nâng cấp (tối đa 5)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="213" />
        <source>do not offer permessage-deflate compression</source>
        <translation>không đề xuất nén permessage-deflate</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="214" />
        <source>trust the CA certificates in FILE (PEM or DER)</source>
        <translation>tin cậy các chứng chỉ CA trong FILE (PEM hoặc DER)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="216" />
        <source>client certificate: PEM (with --key) or PKCS#12</source>
        <translation>chứng chỉ máy khách: PEM (cùng --key) hoặc PKCS#12</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="218" />
        <source>private key of --cert, PEM</source>
        <translation>khóa riêng của --cert, PEM</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="219" />
        <source>passphrase of the key or the PKCS#12 file</source>
        <translation>mật khẩu của khóa hoặc tệp PKCS#12</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="221" />
        <source>go on despite certificate errors</source>
        <translation>tiếp tục dù có lỗi chứng chỉ</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="222" />
        <source>http://host:port (CONNECT), socks5://host:port or system</source>
        <translation>http://host:port (CONNECT), socks5://host:port hoặc system</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="224" />
        <source>send a ping every N ms while open</source>
        <translation>gửi một ping mỗi N ms khi đang mở</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="225" />
        <source>split outgoing messages into frames of N bytes</source>
        <translation>chia tin nhắn đi thành các frame N byte</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="242" />
        <source>The header "%1" is not of the form "Name: value".</source>
        <translation>Header "%1" không có dạng "Tên: giá trị".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="254" />
        <source>--send-hex "%1": %2</source>
        <translation>--send-hex "%1": %2</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="262" />
        <source>--send-frame "%1": %2</source>
        <translation>--send-frame "%1": %2</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="269" />
        <source>--close takes a close code such as 1000 or 4000, not "%1".</source>
        <translation>--close nhận một mã đóng như 1000 hoặc 4000, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="278" />
        <source>--wait-ms takes a number of milliseconds, not "%1".</source>
        <translation>--wait-ms nhận một số mili giây, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="289" />
        <source>--engine takes wire or qt, not "%1".</source>
        <translation>--engine nhận wire hoặc qt, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="306" />
        <source>--frame-size takes a number of bytes, not "%1".</source>
        <translation>--frame-size nhận một số byte, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="311" />
        <source>--keepalive-ms takes a number of milliseconds, not "%1".</source>
        <translation>--keepalive-ms nhận một số mili giây, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="341" />
        <source>--frame-bytes takes a number of bytes or -1 (all), not "%1".</source>
        <translation>--frame-bytes cần một số byte hoặc -1 (tất cả), không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="354" />
        <source>also show messages decoded by the pipeline SPEC, for example base64,zlib,msgpack or protobuf:FILE.proto:package.Type or auto (docs/decoding.md); with --json as the member "decoded"</source>
        <translation>hiện thêm tin nhắn đã giải mã bằng chuỗi bước SPEC, ví dụ base64,zlib,msgpack hoặc protobuf:FILE.proto:package.Type hoặc auto (docs/decoding.md); với --json là thành phần "decoded"</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="365" />
        <source>--decode "%1": %2</source>
        <translation>--decode "%1": %2</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="366" />
        <source>no steps</source>
        <translation>không có bước nào</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="376" />
        <source>read messages at the level of a protocol layer and print its packets: auto (from the subprotocol or URL) or one of %1 (docs/protocols.md)</source>
        <translation>đọc thông điệp ở mức một lớp giao thức và in các gói của nó: auto (theo giao thức con hoặc URL) hoặc một trong %1 (docs/protocols.md)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="381" />
        <source>send a layer action, such as emit:{"event":"chat","args":["hi"]} (repeatable; each once the layer is ready and the previous one answered)</source>
        <translation>gửi một thao tác của lớp, chẳng hạn emit:{"event":"chat","args":["hi"]} (lặp lại được; mỗi thao tác khi lớp đã sẵn sàng và thao tác trước đã được trả lời)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="386" />
        <source>with --protocol, do not print packets of these types, such as ping,pong or heartbeats (the layer's keep-alives; repeatable)</source>
        <translation>cùng --protocol, không in các gói thuộc những loại này, như ping,pong hoặc heartbeats (các gói giữ kết nối của lớp; lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="397" />
        <source>--protocol "%1": not auto or one of %2</source>
        <translation>--protocol "%1": không phải auto hay một trong %2</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="408" />
        <source>--hide needs a packet type, such as ping or heartbeats</source>
        <translation>--hide cần một loại gói, như ping hoặc heartbeats</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="425" />
        <source>--action "%1": the part after ':' must be a JSON object (%2)</source>
        <translation>--action "%1": phần sau ':' phải là một đối tượng JSON (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="449" />
        <source>--action needs a name, such as emit or subscribe</source>
        <translation>--action cần một tên, chẳng hạn emit hoặc subscribe</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="462" />
        <source>connect, send, print every event</source>
        <translation>kết nối, gửi, in mọi sự kiện</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="464" />
        <source>Connect to URL, send what --send, --send-hex and --send-frame give (or each line of standard input), wait for replies, close, and print every event.</source>
        <translation>Kết nối tới URL, gửi những gì --send, --send-hex và --send-frame đưa ra (hoặc từng dòng của đầu vào chuẩn), chờ phản hồi, đóng, và in mọi sự kiện.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="480" />
        <source>connect as connect does and write the session to FILE</source>
        <translation>kết nối như connect và ghi phiên vào FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="481" />
        <source>Connect as connect does and write the session to FILE (.wsprobe.jsonl). The file keeps every header, so it is created readable by you only. The events are printed on a terminal; when standard output is redirected, only with --json.</source>
        <translation>Kết nối như lệnh connect và ghi phiên vào FILE (.wsprobe.jsonl). Tệp giữ mọi header nên chỉ bạn mới đọc được. Các sự kiện được in ra khi đầu ra là terminal; khi đầu ra chuẩn được chuyển hướng, chỉ in khi có --json.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="486" />
        <source>the session file to write (required; a file, not -)</source>
        <translation>tệp phiên cần ghi (bắt buộc; một tệp, không phải -)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="490" />
        <location filename="../app/cli/options/sessionoptions.cpp" line="23" />
        <source>write the value of the header NAME, and of query parameters whose name contains NAME (any case), as &lt;redacted&gt; (repeatable)</source>
        <translation>ghi giá trị của header NAME, và của các tham số truy vấn có tên chứa NAME (không phân biệt hoa thường), thành &lt;redacted&gt; (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="53" />
        <source>Unexpected argument "%1": only one URL can be given.</source>
        <translation>Đối số "%1" không mong đợi: chỉ được đưa một URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="99" />
        <source>--%1 takes a whole number, not "%2".</source>
        <translation>--%1 nhận một số nguyên, không phải "%2".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="138" />
        <source>--to takes jsonl, har or txt, not "%1".</source>
        <translation>--to nhận jsonl, har hoặc txt, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="157" />
        <source>convert --list takes one file, the HAR file to list.</source>
        <translation>convert --list nhận một tệp: tệp HAR cần liệt kê.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="169" />
        <source>convert needs two files: IN and OUT, for example session.wsprobe.jsonl session.har.</source>
        <translation>convert cần hai tệp: IN và OUT, ví dụ session.wsprobe.jsonl session.har.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="193" />
        <source>demo-server takes no arguments; "%1" is one too many.</source>
        <translation>demo-server không nhận đối số; "%1" là thừa.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="210" />
        <source>send a recorded session's messages again</source>
        <translation>gửi lại các tin nhắn của một phiên đã ghi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="211" />
        <source>Send the outgoing messages of a recorded session (.wsprobe.jsonl, wsprobe-cli --json output or HAR; - reads it from standard input) again, print the events, and with --compare compare the replies with the recorded ones.</source>
        <translation>Gửi lại các tin nhắn đi của một phiên đã ghi (.wsprobe.jsonl, đầu ra wsprobe-cli --json hoặc HAR; - đọc phiên từ đầu vào chuẩn), in các sự kiện, và với --compare so sánh các phản hồi với các phản hồi đã ghi.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="215" />
        <source>connect here instead of the recorded URL</source>
        <translation>kết nối tới đây thay vì URL đã ghi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="216" />
        <source>the WebSocket entry of a HAR file (default: the first)</source>
        <translation>mục WebSocket của tệp HAR (mặc định: mục đầu tiên)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="218" />
        <source>1 = recorded timing, 2 = twice as fast, 0 = at once</source>
        <translation>1 = đúng nhịp đã ghi, 2 = nhanh gấp đôi, 0 = gửi ngay</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="220" />
        <source>before each send, wait for N replies to the last one</source>
        <translation>trước mỗi lần gửi, chờ N phản hồi cho tin nhắn trước</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="222" />
        <source>before each send, wait for a reply matching REGEX</source>
        <translation>trước mỗi lần gửi, chờ một phản hồi khớp REGEX</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="225" />
        <source>give up such a wait after N ms and go on; after the last send, wait as long for the recorded number of replies (default 10000)</source>
        <translation>bỏ chờ sau N ms rồi tiếp tục; sau lần gửi cuối, chờ chừng ấy thời gian cho đủ số phản hồi đã ghi (mặc định 10000)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="229" />
        <source>after the last send, wait at least N ms after each reply (default 1500)</source>
        <translation>sau lần gửi cuối, chờ ít nhất N ms sau mỗi phản hồi (mặc định 1500)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="232" />
        <source>compare replies with the recorded ones (exit status 3 if they differ)</source>
        <translation>so sánh phản hồi với các phản hồi đã ghi (mã thoát 3 nếu khác)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="234" />
        <source>JSON key or path ($.a.b[0]) to leave out of the compare (repeatable)</source>
        <translation>khóa hoặc đường dẫn JSON ($.a.b[0]) bỏ qua khi so sánh (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="237" />
        <source>mask text matching REGEX on both sides before comparing (repeatable)</source>
        <translation>che văn bản khớp REGEX ở cả hai phía trước khi so sánh (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="239" />
        <source>write the replay as a new session file (not -)</source>
        <translation>ghi lần phát lại thành một tệp phiên mới (không phải -)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="259" />
        <source>convert between .wsprobe.jsonl, .har and .txt</source>
        <translation>chuyển đổi giữa .wsprobe.jsonl, .har và .txt</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="260" />
        <source>Convert a session between .wsprobe.jsonl, .har and a .txt transcript, by the extension of OUT (or --to). IN may be a session, wsprobe-cli --json output or a HAR file; - is standard input (IN) or standard output (OUT).</source>
        <translation>Chuyển đổi một phiên giữa .wsprobe.jsonl, .har và bản ghi văn bản .txt, theo phần mở rộng của OUT (hoặc --to). IN có thể là một phiên, đầu ra wsprobe-cli --json hoặc tệp HAR; - là đầu vào chuẩn (IN) hoặc đầu ra chuẩn (OUT).</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="266" />
        <source>the format of OUT, whatever its name (needed for - to write anything but .wsprobe.jsonl)</source>
        <translation>định dạng của OUT, bất kể tên tệp (cần cho - khi ghi định dạng khác .wsprobe.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="270" />
        <source>the WebSocket entry of a HAR file to convert (default: the first)</source>
        <translation>mục WebSocket của tệp HAR cần chuyển đổi (mặc định: mục đầu tiên)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="272" />
        <source>list the WebSocket entries of the HAR file IN (number, messages, URL) instead of converting</source>
        <translation>liệt kê các mục WebSocket của tệp HAR IN (số, tin nhắn, URL) thay vì chuyển đổi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="275" />
        <source>keep Authorization, Cookie, token=... and the like; OUT is then created readable by you only</source>
        <translation>giữ Authorization, Cookie, token=... và những thứ tương tự; khi đó OUT được tạo chỉ mình bạn đọc được</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="281" />
        <source>Secrets are redacted unless --keep-secrets; names given with --redact are redacted even then. With --decode, each message line of a .wsprobe.jsonl OUT gets its decoded value ("decoded") or why it could not be decoded ("decodeError"); a .txt OUT gets a decoded line under each message.</source>
        <translation>Các bí mật bị che trừ khi có --keep-secrets; các tên cho bằng --redact vẫn bị che ngay cả khi đó. Với --decode, mỗi dòng tin nhắn của tệp OUT .wsprobe.jsonl có thêm giá trị đã giải mã ("decoded") hoặc lý do không giải mã được ("decodeError"); tệp OUT .txt có thêm một dòng đã giải mã dưới mỗi tin nhắn.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="297" />
        <source>run the built-in test server</source>
        <translation>chạy máy chủ thử nghiệm có sẵn</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="298" />
        <source>Run the built-in test server on 127.0.0.1 (paths /echo, /ticker, /binary) until interrupted.</source>
        <translation>Chạy máy chủ thử nghiệm có sẵn trên 127.0.0.1 (đường dẫn /echo, /ticker, /binary) cho tới khi bị ngắt.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="301" />
        <source>the port to listen on (default 0: any free port)</source>
        <translation>cổng để lắng nghe (mặc định 0: một cổng trống bất kỳ)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="118" />
        <source>replay needs a session (.wsprobe.jsonl) or HAR file.</source>
        <translation>replay cần một tệp phiên (.wsprobe.jsonl) hoặc tệp HAR.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="57" />
        <source>record needs -o FILE, the session file to write.</source>
        <translation>record cần -o FILE, tệp phiên sẽ ghi.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/connectoptions.cpp" line="61" />
        <source>%1 needs a URL, for example ws://127.0.0.1:8080/echo.</source>
        <translation>%1 cần một URL, ví dụ ws://127.0.0.1:8080/echo.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="52" />
        <source>--listen takes [ADDRESS:]PORT, for example 8080 or 0.0.0.0:8080, not "%1".</source>
        <translation>--listen nhận [ĐỊA_CHỈ:]CỔNG, ví dụ 8080 hoặc 0.0.0.0:8080, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="104" />
        <source>Unexpected argument "%1": relay takes --listen and --to.</source>
        <translation>Đối số không mong đợi "%1": relay nhận --listen và --to.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="109" />
        <source>relay needs --listen PORT and --to URL, for example --listen 8080 --to wss://example.com/socket.</source>
        <translation>relay cần --listen CỔNG và --to URL, ví dụ --listen 8080 --to wss://example.com/socket.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="114" />
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert và --tls-key phải đi cùng nhau.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="137" />
        <source>sit between a client and its server, show and change what they say</source>
        <translation>đứng giữa một client và máy chủ của nó, xem và sửa những gì chúng nói</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="139" />
        <source>Listen on PORT (127.0.0.1 unless an address is given) and connect each client that connects to URL, passing messages, pings, pongs and closes both ways and printing each message once with where it went (client -&gt; Wsprobe -&gt; server). The client's upgrade is answered once the server has answered, with the subprotocol the server chose or the server's refusal.</source>
        <translation>Lắng nghe trên CỔNG (127.0.0.1 trừ khi có địa chỉ) và nối mỗi client kết nối tới với URL, chuyển tin nhắn, ping, pong và đóng theo cả hai chiều, in mỗi tin nhắn một lần cùng nơi nó đã đi (client -&gt; Wsprobe -&gt; máy chủ). Yêu cầu nâng cấp của client được trả lời khi máy chủ đã trả lời, với giao thức con máy chủ chọn hoặc lời từ chối của máy chủ.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="146" />
        <source>where to listen: [ADDRESS:]PORT (0: any free port, printed)</source>
        <translation>nơi lắng nghe: [ĐỊA_CHỈ:]CỔNG (0: cổng trống bất kỳ, được in ra)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="149" />
        <source>the server to connect each client to (ws:// or wss://; without a path, the client's path and query)</source>
        <translation>máy chủ để nối mỗi client tới (ws:// hoặc wss://; không có đường dẫn thì dùng đường dẫn và truy vấn của client)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="153" />
        <source>pause messages that match RULE and ask what to do: [client:|server:]any, text:STR, regex:RE, json:PATH=JSON, json:PATH~RE or hex:PREFIX (repeatable)</source>
        <translation>tạm dừng tin nhắn khớp QUY_TẮC và hỏi phải làm gì: [client:|server:]any, text:STR, regex:RE, json:PATH=JSON, json:PATH~RE hoặc hex:PREFIX (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="158" />
        <source>journal each conversation to FILE (the server leg) and FILE with .client (the client leg); later ones numbered FILE-2, FILE-3 and so on</source>
        <translation>ghi nhật ký mỗi cuộc hội thoại vào FILE (chặng máy chủ) và FILE có .client (chặng client); các cuộc sau được đánh số FILE-2, FILE-3, v.v.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="162" />
        <source>write the value of the header or query parameter NAME as &lt;redacted&gt; (repeatable)</source>
        <translation>ghi giá trị của header hoặc tham số truy vấn NAME thành &lt;redacted&gt; (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="166" />
        <source>do not pass this request header of the client on (repeatable)</source>
        <translation>không chuyển tiếp header yêu cầu này của client (lặp lại được)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="168" />
        <source>listen on wss:// with this certificate (PEM)</source>
        <translation>lắng nghe trên wss:// với chứng chỉ này (PEM)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="170" />
        <source>the private key of --tls-cert (PEM)</source>
        <translation>khóa riêng của --tls-cert (PEM)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="172" />
        <source>listen on wss:// with a self-signed certificate, made on first use; its fingerprint is printed</source>
        <translation>lắng nghe trên wss:// với chứng chỉ tự ký, tạo ở lần dùng đầu; dấu vân tay của nó được in ra</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="175" />
        <source>do not accept permessage-deflate from the client (--no-deflate: do not offer it to the server)</source>
        <translation>không chấp nhận permessage-deflate từ client (--no-deflate: không đề nghị nó với máy chủ)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="177" />
        <source>print only messages, closes and errors</source>
        <translation>chỉ in tin nhắn, lần đóng và lỗi</translation>
    </message>
    <message>
        <location filename="../app/cli/options/relayoptions.cpp" line="181" />
        <source>-H adds a request header upstream, or replaces the client's header of that name.
At a breakpoint the message is printed and a line is read from standard input: f (forward), d (drop), e (edit: the next line is sent instead; hex:, base64: or json: before it choose the composer's mode) or a (answer: the next line goes back to the sender). Later messages of that direction wait in order meanwhile.
On SIGINT (Ctrl+C) or SIGTERM every conversation is closed with 1001 (going away).</source>
        <translation>-H thêm một header yêu cầu lên máy chủ, hoặc thay header cùng tên của client.
Tại một điểm dừng, tin nhắn được in ra và một dòng được đọc từ đầu vào chuẩn: f (chuyển tiếp), d (bỏ), e (sửa: dòng kế tiếp được gửi thay; hex:, base64: hoặc json: đứng trước chọn chế độ soạn) hoặc a (trả lời: dòng kế tiếp được gửi lại cho bên gửi). Trong lúc đó các tin nhắn sau cùng chiều chờ theo thứ tự.
Khi nhận SIGINT (Ctrl+C) hoặc SIGTERM, mọi cuộc hội thoại được đóng với 1001 (going away).</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="42" />
        <source>--var takes NAME=VALUE with a variable name of letters, digits, '_', '-' and '.', not "%1".</source>
        <translation>--var nhận TÊN=GIÁ_TRỊ với tên biến gồm chữ cái, chữ số, '_', '-' và '.', không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="56" />
        <source>--timeout takes a number of seconds from 1 to 86400, not "%1".</source>
        <translation>--timeout nhận số giây từ 1 đến 86400, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="62" />
        <source>--allow-dir takes an existing folder, not "%1".</source>
        <translation>--allow-dir nhận một thư mục có sẵn, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="68" />
        <source>--busy-limit-ms takes a number of milliseconds from 10 to 3600000, not "%1".</source>
        <translation>--busy-limit-ms nhận số mili giây từ 10 đến 3600000, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="80" />
        <source>run needs a script, or a folder of scripts (*.js).</source>
        <translation>run cần một script, hoặc một thư mục chứa các script (*.js).</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="84" />
        <source>Unexpected argument "%1": run takes a script and at most one URL.</source>
        <translation>Đối số không mong đợi "%1": run nhận một script và nhiều nhất một URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="90" />
        <source>There is no script or folder "%1".</source>
        <translation>Không có script hay thư mục "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="117" />
        <source>run test scripts against a server</source>
        <translation>chạy các script kiểm thử với một máy chủ</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="118" />
        <source>Run a JavaScript test script (docs/scripting.md), or every *.js file of a folder in name order, each on a connection of its own to URL (opened before the script's first line; without URL the script calls ws.connect(url)). Prints each assertion as it is decided and a summary.</source>
        <translation>Chạy một script kiểm thử JavaScript (docs/scripting.md), hoặc mọi tệp *.js của một thư mục theo thứ tự tên, mỗi tệp trên một kết nối riêng tới URL (được mở trước dòng đầu tiên của script; không có URL thì script tự gọi ws.connect(url)). In từng khẳng định ngay khi có kết quả, rồi một bản tóm tắt.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="129" />
        <source>variables from FILE: a JSON object of names and values, an environments export, or NAME=VALUE lines</source>
        <translation>biến lấy từ FILE: một đối tượng JSON gồm tên và giá trị, một bản xuất môi trường, hoặc các dòng TÊN=GIÁ_TRỊ</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="132" />
        <source>set a variable (repeatable; wins over --env)</source>
        <translation>đặt một biến (lặp lại được; được ưu tiên hơn --env)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="134" />
        <source>write the results as JUnit XML to FILE</source>
        <translation>ghi kết quả dạng JUnit XML vào FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="136" />
        <source>one JSON object per line per assertion and script</source>
        <translation>mỗi dòng một đối tượng JSON cho mỗi khẳng định và mỗi script</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="138" />
        <source>record the conversation to FILE (a folder: one session per script)</source>
        <translation>ghi lại cuộc hội thoại vào FILE (một thư mục: mỗi script một phiên)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="142" />
        <source>fail a script that has not finished after S seconds (default 120)</source>
        <translation>đánh trượt script chưa xong sau S giây (mặc định 120)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="146" />
        <source>interrupt a script that computes for N ms without waiting (default 5000)</source>
        <translation>ngắt script tính toán liên tục N ms mà không chờ (mặc định 5000)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="150" />
        <source>the folder scripts may read files from (expectReplayMatches; default: each script's own folder)</source>
        <translation>thư mục mà script được đọc tệp (expectReplayMatches; mặc định: thư mục của chính mỗi script)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="154" />
        <source>the decoder pipeline SPEC (docs/decoding.md) that msg.decoded and decoded(path) read messages through</source>
        <translation>chuỗi giải mã SPEC (docs/decoding.md) mà msg.decoded và decoded(path) dùng để đọc thông điệp</translation>
    </message>
    <message>
        <location filename="../app/cli/options/runoptions.cpp" line="154" />
        <source>Exit status: 0 every assertion passed; 1 a connection failed; 2 a bad script (syntax error, exception, endless loop) or bad arguments; 3 an assertion failed or a script timed out. With several scripts the first of 2, 1, 3 that occurred.
Scripts cannot write files or start programs, and read only inside the allowed folder; http.get and http.post reach http:// and https:// URLs only.</source>
        <translation>Mã thoát: 0 mọi khẳng định đều đạt; 1 một kết nối thất bại; 2 script hỏng (lỗi cú pháp, ngoại lệ, vòng lặp vô tận) hoặc đối số sai; 3 một khẳng định không đạt hoặc một script quá thời gian. Với nhiều script: mã đầu tiên trong 2, 1, 3 đã xảy ra.
Script không thể ghi tệp hay chạy chương trình, và chỉ đọc được trong thư mục được phép; http.get và http.post chỉ tới được các URL http:// và https://.</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="245" />
        <source>show messages decoded by the pipeline SPEC, as connect does, and with --compare compare the decoded values: --ignore-key then names paths in them (docs/decoding.md)</source>
        <translation>hiện tin nhắn đã giải mã bằng chuỗi bước SPEC như connect, và với --compare so sánh các giá trị đã giải mã: khi đó --ignore-key chỉ các đường dẫn trong chúng (docs/decoding.md)</translation>
    </message>
    <message>
        <location filename="../app/cli/options/sessionoptions.cpp" line="255" />
        <source>The connection options change the recorded request: -H adds headers, the others replace what was recorded. With --decode and --compare, a message the pipeline cannot decode is compared as sent; one decoded on one side only differs, and the report says why.</source>
        <translation>Các tùy chọn kết nối thay đổi yêu cầu đã ghi: -H thêm header, các tùy chọn khác thay thế những gì đã ghi. Với --decode và --compare, tin nhắn mà chuỗi bước không giải mã được sẽ được so sánh như khi gửi; tin nhắn chỉ giải mã được ở một bên được tính là khác, và báo cáo nói lý do.</translation>
    </message>
</context>
<context>
    <name>CliRelay</name>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="56" />
        <source>wsprobe-cli: %1
</source>
        <translation>wsprobe-cli: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="108" />
        <source>Relaying %1 → %2
</source>
        <translation>Đang chuyển tiếp %1 → %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="112" />
        <source>Certificate fingerprint (SHA-256): %1
</source>
        <translation>Dấu vân tay chứng chỉ (SHA-256): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="144" />
        <source>#%1 client %2 connected
</source>
        <translation>#%1 client %2 đã kết nối
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clirelay.cpp" line="206" />
        <source>(%n waiting ahead)</source>
        <translation>
            <numerusform>(%n đang chờ phía trước)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="220" />
        <source>[deflated: %1 in, %2 out]</source>
        <translation>[nén: %1 vào, %2 ra]</translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="266" />
        <source>client leg</source>
        <translation>chặng client</translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="266" />
        <source>server leg</source>
        <translation>chặng máy chủ</translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="285" />
        <source>#%1 paused %2 (%3 waiting behind it): [f]orward, [d]rop, [e]dit, [a]nswer? </source>
        <translation>#%1 tạm dừng %2 (%3 đang chờ phía sau): [f] chuyển tiếp, [d] bỏ, [e] sửa, [a] trả lời? </translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="312" />
        <source>%1 — type it again: </source>
        <translation>%1 — hãy gõ lại: </translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="331" />
        <source>The message (hex:, base64:, json: or file: before it for those modes): </source>
        <translation>Tin nhắn (đặt hex:, base64:, json: hoặc file: phía trước cho các chế độ đó): </translation>
    </message>
    <message>
        <location filename="../app/cli/clirelay.cpp" line="335" />
        <source>f, d, e or a: </source>
        <translation>f, d, e hoặc a: </translation>
    </message>
</context>
<context>
    <name>CliScript</name>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="101" />
        <source>Cannot read the environment file %1: %2</source>
        <translation>Không đọc được tệp môi trường %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="147" />
        <source>The environment file %1 is not a JSON object: %2 (at byte %3).</source>
        <translation>Tệp môi trường %1 không phải một đối tượng JSON: %2 (tại byte %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="161" />
        <source>%1, line %2: expected NAME=VALUE.</source>
        <translation>%1, dòng %2: cần TÊN=GIÁ_TRỊ.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="178" />
        <source>The folder %1 holds no scripts (*.js).</source>
        <translation>Thư mục %1 không chứa script nào (*.js).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="188" />
        <source>Cannot make the folder %1 for the sessions.</source>
        <translation>Không tạo được thư mục %1 cho các phiên.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="247" />
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="255" />
        <source>Cannot read the script %1: %2</source>
        <translation>Không đọc được script %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="283" />
        <source>  ✓ %1</source>
        <translation>  ✓ %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="283" />
        <source>  ✗ %1</source>
        <translation>  ✗ %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="285" />
        <source>  (line %1, %2 ms)</source>
        <translation>  (dòng %1, %2 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="288" />
        <source>      expected: %1
</source>
        <translation>      mong đợi: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="289" />
        <source>      got:      %1
</source>
        <translation>      nhận được: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="302" />
        <source>  log: %1
</source>
        <translation>  nhật ký: %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliscript.cpp" line="325" />
        <source>  passed: %n assertion(s)</source>
        <translation>
            <numerusform>  đạt: %n khẳng định</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="330" />
        <source>  failed: %1 of %2 assertion(s)</source>
        <translation>  không đạt: %1 trên %2 khẳng định</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="337" />
        <source>  connection failed: %1</source>
        <translation>  kết nối thất bại: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="340" />
        <source>  script error at line %1, column %2: %3</source>
        <translation>  lỗi script tại dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="344" />
        <source>  script error: %1</source>
        <translation>  lỗi script: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="354" />
        <source>wsprobe-cli: %1
</source>
        <translation>wsprobe-cli: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="391" />
        <source>wsprobe-cli: cannot write %1: %2
</source>
        <translation>wsprobe-cli: không ghi được %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="404" />
        <source>Scripts: %1 · assertions: %2 · failed: %3
</source>
        <translation>Script: %1 · khẳng định: %2 · không đạt: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="419" />
        <source>Interrupted.</source>
        <translation>Đã bị ngắt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="421" />
        <source>interrupted</source>
        <translation>bị ngắt</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="477" />
        <source>expected: %1
got: %2</source>
        <translation>mong đợi: %1
nhận được: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="485" />
        <source>the script runs</source>
        <translation>script chạy được</translation>
    </message>
    <message>
        <location filename="../app/cli/cliscript.cpp" line="495" />
        <source>%1, line %2, column %3</source>
        <translation>%1, dòng %2, cột %3</translation>
    </message>
</context>
<context>
    <name>CliServe</name>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="25" />
        <source>wsprobe-cli: %1
</source>
        <translation>wsprobe-cli: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="50" />
        <source>wsprobe-cli: script: %1
</source>
        <translation>wsprobe-cli: script: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="109" />
        <source>Listening on %1</source>
        <translation>Đang lắng nghe trên %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="111" />
        <source> (paths %1)</source>
        <translation> (đường dẫn %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliserve.cpp" line="114" />
        <source>Certificate SHA-256: %1
</source>
        <translation>Chứng chỉ SHA-256: %1
</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>wsprobe-cli: cannot write to standard output: %1
</source>
        <translation>wsprobe-cli: không thể ghi ra đầu ra chuẩn: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="24" />
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="26" />
        <source>%1: %2 more problem line(s) skipped
</source>
        <translation>%1: bỏ qua thêm %2 dòng lỗi
</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="63" />
        <source>Cannot create a temporary directory: %1</source>
        <translation>Không thể tạo thư mục tạm: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="71" />
        <source>Cannot read standard input: %1</source>
        <translation>Không thể đọc đầu vào chuẩn: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="75" />
        <source>standard input</source>
        <translation>đầu vào chuẩn</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="76" />
        <source>standard output</source>
        <translation>đầu ra chuẩn</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="91" />
        <source>%1 has %2 WebSocket entries; converted entry %3 only. Choose another with --entry N; --list shows them all.
</source>
        <translation>%1 có %2 mục WebSocket; chỉ mục %3 được chuyển đổi. Chọn mục khác bằng --entry N; --list liệt kê tất cả.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="105" />
        <source>--entry picks an entry of a HAR file; %1 is a session file.</source>
        <translation>--entry chọn một mục của tệp HAR; %1 là tệp phiên.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="122" />
        <source>IN and OUT are the same file; choose another name for OUT.</source>
        <translation>IN và OUT là cùng một tệp; hãy chọn tên khác cho OUT.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="135" />
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="142" />
        <source>Cannot write to standard output: %1</source>
        <translation>Không thể ghi ra đầu ra chuẩn: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="148" />
        <source>Wrote %1 event(s) to %2.
</source>
        <translation>Đã ghi %1 sự kiện vào %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="171" />
        <location filename="../app/cli/clisession.cpp" line="220" />
        <location filename="../app/cli/clisession.cpp" line="248" />
        <source>wsprobe-cli: %1
</source>
        <translation>wsprobe-cli: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="196" />
        <source>wsprobe-cli: the recorded request cannot be replayed: %1 Give another target with --url.
</source>
        <translation>wsprobe-cli: không thể phát lại yêu cầu đã ghi: %1 Hãy chỉ đích khác bằng --url.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="198" />
        <source>it has no URL.</source>
        <translation>nó không có URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="249" />
        <source>the connection failed</source>
        <translation>kết nối thất bại</translation>
    </message>
    <message>
        <location filename="../app/cli/clisession.cpp" line="252" />
        <source>Replayed %1 of %2 message(s); received %3 (the recording received %4).
</source>
        <translation>Đã phát lại %1 trên %2 tin nhắn; nhận được %3 (bản ghi đã nhận %4).
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisession.cpp" line="261" />
        <source>%n wait(s) for replies timed out.
</source>
        <translation>
            <numerusform>%n lần chờ phản hồi đã hết thời gian.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="6" />
        <location filename="../ui/connection/closedialog.cpp" line="134" />
        <source>Close connection</source>
        <translation>Đóng kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="12" />
        <source>&amp;Preset</source>
        <translation>&amp;Mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="18" />
        <source>Close code preset</source>
        <translation>Mã đóng có sẵn</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="19" />
        <source>Common close codes and what they mean; Custom keeps the code typed below</source>
        <translation>Các mã đóng thường dùng và ý nghĩa; Tùy chỉnh giữ mã gõ bên dưới</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="24" />
        <source>Close &amp;code</source>
        <translation>&amp;Mã đóng</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="33" />
        <source>Close code</source>
        <translation>Mã đóng</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="34" />
        <source>1000 for a normal closure, or an application code from 3000 to 4999 (testing mode: any code from 0 to 65535)</source>
        <translation>1000 cho đóng bình thường, hoặc một mã ứng dụng từ 3000 đến 4999 (chế độ kiểm thử: mọi mã từ 0 đến 65535)</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="73" />
        <source>Testing mode warning</source>
        <translation>Cảnh báo chế độ kiểm thử</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="39" />
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="45" />
        <source>Close reason</source>
        <translation>Lý do đóng</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="55" />
        <source>&amp;Testing mode: send any code and reason, breaking RFC 6455 on purpose</source>
        <translation>Chế độ &amp;kiểm thử: gửi mọi mã và lý do, cố ý vi phạm RFC 6455</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="56" />
        <source>For probing how a server handles a bad Close: codes 0–65535 (reserved and invalid ones too) and reasons over 123 bytes are sent as given</source>
        <translation>Để thử máy chủ xử lý một Close sai ra sao: mã 0–65535 (cả mã dành riêng và không hợp lệ) và lý do dài quá 123 byte được gửi đúng như đã cho</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.ui" line="67" />
        <source>Close error</source>
        <translation>Lỗi khi đóng</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="57" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="57" />
        <source>unassigned</source>
        <translation>chưa được gán</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="59" />
        <source>%1 (a browser refuses it)</source>
        <translation>%1 (trình duyệt từ chối mã này)</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="69" />
        <source>Custom code</source>
        <translation>Mã tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="121" />
        <source>%1 of %2 bytes (UTF-8)</source>
        <translation>%1 trên %2 byte (UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="123" />
        <source>Unassigned code</source>
        <translation>Mã chưa được gán</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="130" />
        <source>Testing mode: a browser would refuse this Close, and Wsprobe sends it anyway. %1</source>
        <translation>Chế độ kiểm thử: trình duyệt sẽ từ chối Close này, còn Wsprobe vẫn gửi nó. %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/closedialog.cpp" line="134" />
        <source>Send this Close (testing)</source>
        <translation>Gửi Close này (kiểm thử)</translation>
    </message>
</context>
<context>
    <name>CodeSnippet</name>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="69" />
        <source>%1 sends every message in one frame (frames of %2 bytes here).</source>
        <translation>%1 gửi mỗi thông điệp trong một frame (ở đây là các frame %2 byte).</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="81" />
        <source>A browser</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="86" />
        <source>A browser cannot set request headers: %1.</source>
        <translation>Trình duyệt không thể đặt header của yêu cầu: %1.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="89" />
        <source>A browser sends the page's own Origin, not %1.</source>
        <translation>Trình duyệt gửi Origin của chính trang, không phải %1.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="91" />
        <source>A browser takes CA and client certificates, and trust exceptions, from its own settings, not from the page.</source>
        <translation>Trình duyệt lấy chứng chỉ CA, chứng chỉ máy khách và các ngoại lệ tin cậy từ cài đặt của chính nó, không phải từ trang.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="94" />
        <source>A browser uses its own proxy settings (%1 here).</source>
        <translation>Trình duyệt dùng cài đặt proxy của chính nó (ở đây là %1).</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="96" />
        <source>A browser always offers permessage-deflate compression.</source>
        <translation>Trình duyệt luôn đề nghị nén permessage-deflate.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="98" />
        <source>A browser always answers pings.</source>
        <translation>Trình duyệt luôn trả lời ping.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="100" />
        <source>A browser does not let a page send pings (every %1 ms here).</source>
        <translation>Trình duyệt không cho trang gửi ping (ở đây là mỗi %1 ms).</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="103" />
        <source>A browser does not follow redirects of a WebSocket handshake.</source>
        <translation>Trình duyệt không đi theo chuyển hướng của lần bắt tay WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="105" />
        <source>A browser has no limit a page could set on message size.</source>
        <translation>Trình duyệt không có giới hạn kích thước thông điệp nào mà trang có thể đặt.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="208" />
        <source>ws needs an agent package for a proxy (%1 here), for example agent: new HttpsProxyAgent(...) from https-proxy-agent.</source>
        <translation>ws cần một gói agent để dùng proxy (ở đây là %1), ví dụ agent: new HttpsProxyAgent(...) từ https-proxy-agent.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="263" />
        <source>Python's ssl module cannot read a PKCS#12 client certificate (%1); convert it to PEM (openssl pkcs12 -in FILE -nodes).</source>
        <translation>Mô-đun ssl của Python không đọc được chứng chỉ máy khách PKCS#12 (%1); hãy chuyển sang PEM (openssl pkcs12 -in FILE -nodes).</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="308" />
        <source>websockets always answers pings.</source>
        <translation>websockets luôn trả lời ping.</translation>
    </message>
    <message>
        <location filename="../src/snippet/codesnippet.cpp" line="310" />
        <source>websockets before 15 cannot use a proxy; 15 and newer read it from the environment (%1 here).</source>
        <translation>websockets trước 15 không dùng được proxy; từ 15 trở lên nó đọc proxy từ biến môi trường (ở đây là %1).</translation>
    </message>
</context>
<context>
    <name>CollectionFile</name>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="41" />
        <source>folders nested too deeply at %1</source>
        <translation>thư mục lồng nhau quá sâu tại %1</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="47" />
        <source>%1 is not an object</source>
        <translation>%1 không phải là một đối tượng</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="56" />
        <source>%1: a folder without a name</source>
        <translation>%1: thư mục không có tên</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="65" />
        <source>%1: a connection without a URL</source>
        <translation>%1: kết nối không có URL</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="71" />
        <source>%1: unknown type "%2" (folder or connection)</source>
        <translation>%1: kiểu "%2" không xác định (folder hoặc connection)</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="100" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON không hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="107" />
        <source>not a Wsprobe collection (no "format": "%1")</source>
        <translation>không phải bộ sưu tập của Wsprobe (thiếu "format": "%1")</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="111" />
        <source>written by a newer Wsprobe (collection version %1; this one reads %2)</source>
        <translation>được ghi bởi Wsprobe mới hơn (bộ sưu tập phiên bản %1; bản này đọc được %2)</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="135" />
        <location filename="../src/collection/collectionfile.cpp" line="166" />
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <location filename="../src/collection/collectionfile.cpp" line="151" />
        <location filename="../src/collection/collectionfile.cpp" line="156" />
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../src/collection/collectionmodel.cpp" line="153" />
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/collection/collectionmodel.cpp" line="291" />
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n kết nối</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsUi</name>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="30" />
        <source>&amp;Connections</source>
        <translation>&amp;Kết nối đã lưu</translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="32" />
        <source>Show the saved connections (Ctrl+Shift+K)</source>
        <translation>Hiện các kết nối đã lưu (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="34" />
        <source>&amp;Environments…</source>
        <translation>&amp;Môi trường…</translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="38" />
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="154" />
        <source>Save Connection</source>
        <translation>Lưu kết nối</translation>
    </message>
    <message>
        <location filename="../ui/collection/collectionsui.cpp" line="154" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="26" />
        <source>PowerShell before 7.3 passes the argument %1 wrongly (an empty argument or a double quote in it); use PowerShell 7.3 or newer.</source>
        <translation>PowerShell trước 7.3 truyền sai đối số %1 (đối số rỗng hoặc có dấu nháy kép); hãy dùng PowerShell 7.3 trở lên.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="31" />
        <source>cmd.exe cannot pass an argument with a line break: %1</source>
        <translation>cmd.exe không thể truyền một đối số có xuống dòng: %1</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="68" />
        <source>wscat sends only the last of several %1 headers.</source>
        <translation>Trong số nhiều header %1, wscat chỉ gửi header cuối cùng.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="76" />
        <source>wscat sends header values as Latin-1: the non-ASCII characters of %1 do not arrive as the UTF-8 Wsprobe sends.</source>
        <translation>wscat gửi giá trị header theo Latin-1: các ký tự ngoài ASCII của %1 không đến nơi dưới dạng UTF-8 như Wsprobe gửi.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="86" />
        <source>wscat cannot use a client certificate from a PKCS#12 file (%1) nor its passphrase; convert it to PEM (openssl pkcs12 -in FILE -nodes) and give --cert and --key.</source>
        <translation>wscat không dùng được chứng chỉ máy khách từ tệp PKCS#12 (%1) cũng như mật khẩu của nó; hãy chuyển sang PEM (openssl pkcs12 -in FILE -nodes) rồi dùng --cert và --key.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="104" />
        <source>wscat does not read the system proxy settings; give it --proxy http://HOST:PORT.</source>
        <translation>wscat không đọc cài đặt proxy của hệ thống; hãy dùng --proxy http://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="107" />
        <source>wscat can use an HTTP (CONNECT) proxy only, not %1.</source>
        <translation>wscat chỉ dùng được proxy HTTP (CONNECT), không dùng được %1.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="109" />
        <source>wscat always offers permessage-deflate compression.</source>
        <translation>wscat luôn đề nghị nén permessage-deflate.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="111" />
        <source>wscat always answers pings.</source>
        <translation>wscat luôn trả lời ping.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="113" />
        <source>wscat does not send pings by itself (every %1 ms here).</source>
        <translation>wscat không tự gửi ping (ở đây là mỗi %1 ms).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="115" />
        <source>wscat has no option for the largest message (%1 bytes here).</source>
        <translation>wscat không có tùy chọn cho kích thước thông điệp lớn nhất (ở đây là %1 byte).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="118" />
        <source>wscat sends every message in one frame (frames of %1 bytes here).</source>
        <translation>wscat gửi mỗi thông điệp trong một frame (ở đây là các frame %1 byte).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="121" />
        <source>wscat has no option for the handshake timeout (%1 ms here).</source>
        <translation>wscat không có tùy chọn cho thời gian chờ bắt tay (ở đây là %1 ms).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="138" />
        <source>websocat has no option for extra CA certificates (%1); on Linux, SSL_CERT_FILE=%1 makes it trust that file instead of the system's.</source>
        <translation>websocat không có tùy chọn cho chứng chỉ CA bổ sung (%1); trên Linux, SSL_CERT_FILE=%1 khiến nó tin tệp đó thay cho kho chứng chỉ của hệ thống.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="146" />
        <source>websocat takes a client certificate only as PKCS#12 (openssl pkcs12 -export -in %1 -inkey %2 -out client.p12).</source>
        <translation>websocat chỉ nhận chứng chỉ máy khách dạng PKCS#12 (openssl pkcs12 -export -in %1 -inkey %2 -out client.p12).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="156" />
        <source>websocat needs the SOCKS5 proxy as an IP address, not %1.</source>
        <translation>websocat cần proxy SOCKS5 dưới dạng địa chỉ IP, không phải %1.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="165" />
        <source>websocat can use a SOCKS5 proxy only, not %1.</source>
        <translation>websocat chỉ dùng được proxy SOCKS5, không dùng được %1.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="171" />
        <source>websocat counts the ping interval in whole seconds: %1 s instead of %2 ms.</source>
        <translation>websocat tính chu kỳ ping theo số giây nguyên: %1 giây thay vì %2 ms.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="183" />
        <source>websocat does not follow redirects.</source>
        <translation>websocat không đi theo chuyển hướng.</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="185" />
        <source>websocat sends every message in one frame (frames of %1 bytes here).</source>
        <translation>websocat gửi mỗi thông điệp trong một frame (ở đây là các frame %1 byte).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="188" />
        <source>websocat has no option for the handshake timeout (%1 ms here).</source>
        <translation>websocat không có tùy chọn cho thời gian chờ bắt tay (ở đây là %1 ms).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="244" />
        <source>wsprobe-cli has no option for the handshake timeout (%1 ms here).</source>
        <translation>wsprobe-cli không có tùy chọn cho thời gian chờ bắt tay (ở đây là %1 ms).</translation>
    </message>
    <message>
        <location filename="../src/snippet/commandline.cpp" line="247" />
        <source>wsprobe-cli has no option for the close timeout (%1 ms here).</source>
        <translation>wsprobe-cli không có tùy chọn cho thời gian chờ đóng (ở đây là %1 ms).</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../src/connection/connection.cpp" line="67" />
        <source>Already %1: disconnect before opening a new connection.</source>
        <translation>Đang ở trạng thái %1: hãy ngắt kết nối trước khi mở kết nối mới.</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="97" />
        <source>Cannot %1: the connection is %2 (readyState %3), not OPEN.</source>
        <translation>Không thể %1: kết nối đang ở %2 (readyState %3), không phải OPEN.</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="109" />
        <source>Send refused: %1 bytes already wait to be written (bufferedAmount) and this message of %2 bytes would take them past Wsprobe's limit of %3 bytes. The server is not reading fast enough; wait for bufferedAmount to fall, or change the limit with --max-buffered.</source>
        <translation>Từ chối gửi: %1 byte đang chờ được ghi (bufferedAmount) và tin nhắn %2 byte này sẽ vượt giới hạn %3 byte của Wsprobe. Máy chủ đọc không kịp; hãy đợi bufferedAmount giảm, hoặc đổi giới hạn bằng --max-buffered.</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="121" />
        <location filename="../src/connection/connection.cpp" line="137" />
        <source>send a message</source>
        <translation>gửi tin nhắn</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="124" />
        <source>A text message must be valid UTF-8; send these bytes as binary.</source>
        <translation>Tin nhắn văn bản phải là UTF-8 hợp lệ; hãy gửi các byte này dưới dạng nhị phân.</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="149" />
        <source>send a ping</source>
        <translation>gửi ping</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="152" />
        <source>A ping payload is at most %1 bytes; this one is %2 bytes.</source>
        <translation>Dữ liệu ping tối đa %1 byte; dữ liệu này có %2 byte.</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="182" />
        <source>send a Close frame</source>
        <translation>gửi khung Close</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="196" />
        <source>send raw frames</source>
        <translation>gửi frame thô</translation>
    </message>
    <message>
        <location filename="../src/connection/connection.cpp" line="199" />
        <source>There are no raw frames to send.</source>
        <translation>Không có frame thô nào để gửi.</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="34" />
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="34" />
        <source>&amp;Reconnect</source>
        <translation>Kết nối &amp;lại</translation>
    </message>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="36" />
        <source>Open a WebSocket connection to the URL (F5)</source>
        <translation>Mở kết nối WebSocket đến URL (F5)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectionactions.cpp" line="37" />
        <source>Close and open the connection again (F5)</source>
        <translation>Đóng rồi mở lại kết nối (F5)</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="84" />
        <source>Reconnect countdown</source>
        <translation>Đếm ngược kết nối lại</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="85" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="87" />
        <source>Stop trying to reconnect</source>
        <translation>Ngừng thử kết nối lại</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="114" />
        <source>Compose</source>
        <translation>Soạn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="117" />
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="118" />
        <source>Repeat</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="119" />
        <source>Variables</source>
        <translation>Biến</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="120" />
        <source>On Open</source>
        <translation>Khi mở</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="121" />
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="123" />
        <source>Protocol</source>
        <translation>Giao thức</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="136" />
        <source>ping payload</source>
        <translation>dữ liệu ping</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="137" />
        <source>Ping payload</source>
        <translation>Dữ liệu ping</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="139" />
        <source>Up to 125 bytes of UTF-8 sent with the ping; the pong must echo them</source>
        <translation>Tối đa 125 byte UTF-8 gửi kèm ping; pong phải gửi lại đúng như vậy</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="141" />
        <source>Pin&amp;g</source>
        <translation>Pin&amp;g</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="143" />
        <source>Send a ping frame and measure the round trip (Ctrl+P)</source>
        <translation>Gửi khung ping và đo thời gian khứ hồi (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="146" />
        <source>Last round trip</source>
        <translation>Thời gian khứ hồi gần nhất</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="242" />
        <source>Connected to %1</source>
        <translation>Đã kết nối tới %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="248" />
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="249" />
        <source>Pong received: round trip %1 ms</source>
        <translation>Đã nhận pong: khứ hồi %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="253" />
        <source>Reconnecting in %1 s (attempt %2)…</source>
        <translation>Kết nối lại sau %1 giây (lần thử %2)…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="260" />
        <source>Reconnecting (attempt %1)…</source>
        <translation>Đang kết nối lại (lần thử %1)…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="270" />
        <source>Reconnecting cancelled.</source>
        <translation>Đã hủy kết nối lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connection/connectionpage.cpp" line="274" />
        <source>Gave up reconnecting after %n attempt(s).</source>
        <translation>
            <numerusform>Đã bỏ kết nối lại sau %n lần thử.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="284" />
        <source>New Connection</source>
        <translation>Kết nối mới</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpage.cpp" line="413" />
        <source>Closed: %1</source>
        <translation>Đã đóng: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="9" />
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="17" />
        <source>The ws:// or wss:// address to connect to. Recent URLs are remembered.</source>
        <translation>Địa chỉ ws:// hoặc wss:// cần kết nối. Các URL gần đây được ghi nhớ.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="18" />
        <source>WebSocket URL</source>
        <translation>URL WebSocket</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="23" />
        <location filename="../ui/connection/connectionpanel.cpp" line="490" />
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="516" />
        <source>Connection error</source>
        <translation>Lỗi kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="139" />
        <source>Subprotocols (in order of preference)</source>
        <translation>Giao thức con (theo thứ tự ưu tiên)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="143" />
        <source>Sent as Sec-WebSocket-Protocol, first entry preferred.</source>
        <translation>Gửi trong Sec-WebSocket-Protocol, mục đầu tiên được ưu tiên.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="144" />
        <source>Subprotocols</source>
        <translation>Giao thức con</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="152" />
        <source>e.g. graphql-transport-ws</source>
        <translation>vd. graphql-transport-ws</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="153" />
        <source>New subprotocol</source>
        <translation>Giao thức con mới</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="158" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="159" />
        <source>Add the subprotocol to the list</source>
        <translation>Thêm giao thức con vào danh sách</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="164" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="165" />
        <source>Remove the selected subprotocol</source>
        <translation>Xóa giao thức con đang chọn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="170" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="171" />
        <source>Prefer the selected subprotocol more</source>
        <translation>Ưu tiên giao thức con đang chọn hơn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="176" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="177" />
        <source>Prefer the selected subprotocol less</source>
        <translation>Giảm ưu tiên giao thức con đang chọn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="78" />
        <source>Request headers</source>
        <translation>Header của yêu cầu</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="29" />
        <source>Connection message</source>
        <translation>Thông báo kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="37" />
        <location filename="../ui/connection/connectionpanel.cpp" line="282" />
        <source>Params</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="42" />
        <source>Query parameters</source>
        <translation>Tham số truy vấn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="43" />
        <source>The URL's query as rows; editing either one changes the other. Values are percent-encoded for you.</source>
        <translation>Phần truy vấn của URL dưới dạng các dòng; sửa bên nào thì bên kia đổi theo. Giá trị được mã hóa phần trăm giúp bạn.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="46" />
        <location filename="../ui/connection/connectionpanel.ui" line="81" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="47" />
        <location filename="../ui/connection/connectionpanel.ui" line="82" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="54" />
        <source>Add parameter</source>
        <translation>Thêm tham số</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="59" />
        <source>Remove parameter</source>
        <translation>Xóa tham số</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="72" />
        <location filename="../ui/connection/connectionpanel.cpp" line="285" />
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="85" />
        <source>Request headers as text</source>
        <translation>Header của yêu cầu dạng văn bản</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="86" />
        <source>One header a line, e.g.
Authorization: Bearer abc
X-Trace-Id: 42</source>
        <translation>Mỗi dòng một header, ví dụ
Authorization: Bearer abc
X-Trace-Id: 42</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="98" />
        <source>Add header</source>
        <translation>Thêm header</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="103" />
        <source>Remove header</source>
        <translation>Xóa header</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="113" />
        <source>&amp;Bulk edit</source>
        <translation>Sửa &amp;hàng loạt</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="115" />
        <source>Edit the headers as text, one "Name: value" a line (paste them from DevTools)</source>
        <translation>Sửa các header dạng văn bản, mỗi dòng một "Tên: giá trị" (dán từ DevTools)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="123" />
        <location filename="../ui/connection/connectionpanel.cpp" line="288" />
        <source>Auth</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="187" />
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="191" />
        <source>&amp;Engine</source>
        <translation>Bộ &amp;giao thức</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="199" />
        <source>Protocol engine</source>
        <translation>Bộ giao thức</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="200" />
        <source>Wire: Wsprobe's own client, which sees every header and frame. Qt WebSockets: QWebSocket, as a second opinion.</source>
        <translation>Wire: trình khách riêng của Wsprobe, thấy mọi header và khung. Qt WebSockets: QWebSocket, để đối chiếu.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="205" />
        <source>QWebSocket does not show server pings (it answers them unseen), frames or the handshake response. It refuses close codes 1012–1014 (the connection fails with 1002) and a UTF-8 character split across frames.</source>
        <translation>QWebSocket không hiện ping của máy chủ (nó tự trả lời mà không cho thấy), các khung hay phản hồi bắt tay. Nó từ chối mã đóng 1012–1014 (kết nối thất bại với mã 1002) và ký tự UTF-8 bị chia qua nhiều khung.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="207" />
        <source>What the Qt engine cannot show</source>
        <translation>Những gì bộ Qt không hiện được</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="214" />
        <source>&amp;Max message</source>
        <translation>Tin nhắn tối &amp;đa</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="220" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="224" />
        <source>Largest message accepted</source>
        <translation>Tin nhắn lớn nhất được nhận</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="225" />
        <source>Larger messages are refused with close code 1009 before memory is taken for them.</source>
        <translation>Tin nhắn lớn hơn bị từ chối bằng mã đóng 1009 trước khi cấp bộ nhớ cho chúng.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="230" />
        <source>Keep-&amp;alive</source>
        <translation>Giữ kết &amp;nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="236" />
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="237" />
        <location filename="../ui/connection/connectionpanel.ui" line="378" />
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="239" />
        <source>Keep-alive ping interval</source>
        <translation>Chu kỳ ping giữ kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="240" />
        <source>Send a ping this often while the connection is open</source>
        <translation>Gửi ping theo chu kỳ này khi kết nối đang mở</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="245" />
        <source>Frame si&amp;ze</source>
        <translation>Cỡ &amp;khung</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="251" />
        <source>whole message</source>
        <translation>cả tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="252" />
        <location filename="../ui/connection/connectionpanel.ui" line="283" />
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="254" />
        <source>Outgoing frame size</source>
        <translation>Cỡ khung gửi đi</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="255" />
        <source>Split outgoing messages into frames of at most this many bytes</source>
        <translation>Chia tin nhắn gửi đi thành các khung tối đa chừng này byte</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="260" />
        <source>Max fra&amp;me</source>
        <translation>Frame tối đ&amp;a</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="266" />
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="270" />
        <source>Largest frame accepted</source>
        <translation>Frame lớn nhất được nhận</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="271" />
        <source>A frame whose header announces more is refused with close code 1009 before memory is taken for it. This is Wsprobe's limit, not the protocol's.</source>
        <translation>Frame có phần đầu báo trước lớn hơn sẽ bị từ chối với mã đóng 1009 trước khi cấp bộ nhớ cho nó. Đây là giới hạn của Wsprobe, không phải của giao thức.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="276" />
        <source>Frame &amp;bytes</source>
        <translation>&amp;Byte của frame</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="282" />
        <source>whole payload</source>
        <translation>toàn bộ payload</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="287" />
        <source>Payload bytes kept with each frame</source>
        <translation>Số byte payload giữ lại cùng mỗi frame</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="288" />
        <source>With "Report every frame", each frame event keeps this many of its first payload bytes (shown as hex)</source>
        <translation>Khi bật "Báo cáo mọi frame", mỗi sự kiện frame giữ lại chừng này byte đầu của payload (hiển thị dạng hex)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="293" />
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="299" />
        <source>none · system · http://host:port · socks5://host:port</source>
        <translation>không có · system · http://host:port · socks5://host:port</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="300" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="306" />
        <source>Answer server &amp;pings automatically</source>
        <translation>Tự động trả lời &amp;ping của máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="308" />
        <source>Turn off to test how the server handles a client that stops answering.</source>
        <translation>Tắt để thử cách máy chủ xử lý một trình khách ngừng trả lời.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="313" />
        <source>Follow &amp;redirects (at most 5)</source>
        <translation>Theo &amp;chuyển hướng (tối đa 5)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="318" />
        <source>Offer permessage-&amp;deflate</source>
        <translation>Đề nghị permessage-&amp;deflate</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="320" />
        <source>Ask the server to compress messages (RFC 7692). The log shows both the size and the size on the wire.</source>
        <translation>Đề nghị máy chủ nén tin nhắn (RFC 7692). Nhật ký hiện cả kích thước thật và kích thước trên đường truyền.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="325" />
        <source>Log every &amp;frame</source>
        <translation>Ghi nhật ký mọi &amp;khung</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="326" />
        <source>Show each frame in both directions with its FIN, RSV, mask and length bits (wire engine).</source>
        <translation>Hiện mọi khung theo cả hai hướng với các bit FIN, RSV, mask và độ dài (bộ wire).</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="334" />
        <source>Reconnect automatically</source>
        <translation>Tự động kết nối lại</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="337" />
        <source>After a close you did not ask for, connect again with growing, randomised delays; the "on open" messages are sent again</source>
        <translation>Sau khi kết nối bị đóng ngoài ý muốn, kết nối lại với độ trễ tăng dần có yếu tố ngẫu nhiên; các tin nhắn "khi mở" được gửi lại</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="341" />
        <source>A&amp;ttempts</source>
        <translation>Số lần &amp;thử</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="347" />
        <source>unlimited</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="350" />
        <source>Reconnect attempts</source>
        <translation>Số lần thử kết nối lại</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="351" />
        <source>Give up after this many failed attempts in a row</source>
        <translation>Bỏ cuộc sau chừng này lần thử thất bại liên tiếp</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="356" />
        <source>First &amp;delay</source>
        <translation>Độ trễ đầ&amp;u tiên</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="362" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="366" />
        <source>First reconnect delay</source>
        <translation>Độ trễ kết nối lại đầu tiên</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="367" />
        <source>Each further attempt waits twice as long, ±20 %</source>
        <translation>Mỗi lần thử tiếp theo chờ gấp đôi, ±20 %</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="372" />
        <source>Lon&amp;gest delay</source>
        <translation>Độ trễ tối đ&amp;a</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="382" />
        <source>Longest reconnect delay</source>
        <translation>Độ trễ kết nối lại tối đa</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="390" />
        <source>TLS (wss://)</source>
        <translation>TLS (wss://)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="394" />
        <source>C&amp;A file</source>
        <translation>Tệp C&amp;A</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="402" />
        <source>Extra certificate authorities to trust, PEM or DER (for a private or self-signed server)</source>
        <translation>Các CA bổ sung để tin, PEM hoặc DER (cho máy chủ riêng hoặc tự ký)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="408" />
        <location filename="../ui/connection/connectionpanel.ui" line="430" />
        <location filename="../ui/connection/connectionpanel.ui" line="452" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="409" />
        <location filename="../ui/connection/connectionpanel.ui" line="431" />
        <location filename="../ui/connection/connectionpanel.ui" line="453" />
        <source>Choose a file</source>
        <translation>Chọn một tệp</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="416" />
        <source>Client &amp;cert</source>
        <translation>&amp;Chứng chỉ khách</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="424" />
        <source>Client certificate for mutual TLS: PEM (with the key below) or PKCS#12 (.p12/.pfx)</source>
        <translation>Chứng chỉ máy khách cho TLS hai chiều: PEM (kèm khóa bên dưới) hoặc PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="438" />
        <source>&amp;Key</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="446" />
        <source>Private key of the client certificate, PEM (not needed for PKCS#12)</source>
        <translation>Khóa riêng của chứng chỉ máy khách, dạng PEM (không cần cho PKCS#12)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="460" />
        <source>Pass&amp;phrase</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="467" />
        <source>Key passphrase</source>
        <translation>Mật khẩu của khóa</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="472" />
        <source>&amp;Ignore certificate errors for this connection</source>
        <translation>&amp;Bỏ qua lỗi chứng chỉ cho kết nối này</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="473" />
        <source>Connect even though the server's certificate is not trusted. The errors are still recorded in the handshake.</source>
        <translation>Kết nối dù chứng chỉ của máy chủ không được tin. Các lỗi vẫn được ghi trong bắt tay.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="481" />
        <source>&amp;Origin</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="487" />
        <source>none (e.g. https://app.example.com)</source>
        <translation>không có (vd. https://app.example.com)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="488" />
        <source>Sent as the Origin header; servers often check it.</source>
        <translation>Gửi trong header Origin; máy chủ thường kiểm tra nó.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.ui" line="489" />
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="48" />
        <source>ws://127.0.0.1:8080/echo</source>
        <translation>ws://127.0.0.1:8080/echo</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="53" />
        <source>Wire (Wsprobe)</source>
        <translation>Wire (Wsprobe)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="54" />
        <source>Qt WebSockets</source>
        <translation>Qt WebSockets</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="63" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="64" />
        <source>Choose CA certificates</source>
        <translation>Chọn chứng chỉ CA</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="65" />
        <source>Choose a client certificate</source>
        <translation>Chọn chứng chỉ máy khách</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="66" />
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.p12 *.pfx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="67" />
        <source>Choose the private key</source>
        <translation>Chọn khóa riêng</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="68" />
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Khóa (*.pem *.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="230" />
        <source>The subprotocol "%1" is already in the list.</source>
        <translation>Giao thức con "%1" đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="282" />
        <source>Params (%1)</source>
        <translation>Tham số (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="285" />
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="288" />
        <source>Auth: %1</source>
        <translation>Xác thực: %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="491" />
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="492" />
        <source>&amp;Disconnect</source>
        <translation>&amp;Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="515" />
        <source>Connection note</source>
        <translation>Ghi chú kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="559" />
        <source>Still connected to %1. The edited URL is used when you reconnect (F5) or connect again.</source>
        <translation>Vẫn đang kết nối tới %1. URL đã sửa sẽ được dùng khi bạn kết nối lại (F5) hoặc kết nối lần nữa.</translation>
    </message>
    <message>
        <location filename="../ui/connection/connectionpanel.cpp" line="288" />
        <source>Headers (!)</source>
        <translation>Header (!)</translation>
    </message>
</context>
<context>
    <name>ConnectionWorkbench</name>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="163" />
        <source>Not recording this connection: %1</source>
        <translation>Không ghi lại kết nối này: %1</translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="262" />
        <source>Reconnecting</source>
        <translation>Đang kết nối lại</translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="287" />
        <location filename="../src/workbench/connectionworkbench.cpp" line="339" />
        <source>Not connected: connect before sending.</source>
        <translation>Chưa kết nối: hãy kết nối trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="362" />
        <source>On-open message not sent: %1</source>
        <translation>Tin nhắn khi mở chưa được gửi: %1</translation>
    </message>
    <message>
        <location filename="../src/workbench/connectionworkbench.cpp" line="421" />
        <source>The decoder "%1" was not restored: %2</source>
        <translation>Bộ giải mã "%1" không được khôi phục: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionsDock</name>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="40" />
        <source>Connections</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="51" />
        <source>Search name or URL</source>
        <translation>Tìm theo tên hoặc URL</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="52" />
        <source>Search saved connections</source>
        <translation>Tìm kết nối đã lưu</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="64" />
        <source>Saved connections</source>
        <translation>Kết nối đã lưu</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="65" />
        <source>Double-click opens a connection in a new tab; drag to move it to another folder; F2 renames; right-click for more</source>
        <translation>Nhấp đúp để mở kết nối trong thẻ mới; kéo để chuyển sang thư mục khác; F2 để đổi tên; nhấp chuột phải để xem thêm</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="94" />
        <source>Save Tab…</source>
        <translation>Lưu thẻ…</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="95" />
        <source>Save the current tab as a connection in the selected folder</source>
        <translation>Lưu thẻ hiện tại thành một kết nối trong thư mục đang chọn</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="98" />
        <location filename="../ui/collection/connectionsdock.cpp" line="208" />
        <source>New Folder…</source>
        <translation>Thư mục mới…</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="98" />
        <source>Add a folder</source>
        <translation>Thêm thư mục</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="99" />
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="99" />
        <source>Import and export collections</source>
        <translation>Nhập và xuất bộ sưu tập</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="101" />
        <source>Import Collection…</source>
        <translation>Nhập bộ sưu tập…</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="102" />
        <source>Export All…</source>
        <translation>Xuất tất cả…</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="178" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="178" />
        <source>Folder name:</source>
        <translation>Tên thư mục:</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="189" />
        <source>A folder cannot go into itself.</source>
        <translation>Không thể đưa một thư mục vào chính nó.</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="201" />
        <source>Open in New Tab</source>
        <translation>Mở trong thẻ mới</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="202" />
        <source>Update from Current Tab</source>
        <translation>Cập nhật từ thẻ hiện tại</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="206" />
        <source>Save Current Tab Here…</source>
        <translation>Lưu thẻ hiện tại vào đây…</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="211" />
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="213" />
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="215" />
        <source>Move To</source>
        <translation>Chuyển tới</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="216" />
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="218" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="227" />
        <source>Top Level</source>
        <translation>Cấp trên cùng</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="246" />
        <source>Delete Folder</source>
        <translation>Xóa thư mục</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/collection/connectionsdock.cpp" line="247" />
        <source>Delete the folder "%1" and the %n connection(s) in it?</source>
        <translation>
            <numerusform>Xóa thư mục "%1" cùng %n kết nối trong đó?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="257" />
        <source>Import Collection</source>
        <translation>Nhập bộ sưu tập</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="258" />
        <source>Collections (*.json);;Wsprobe collections (*.wsprobe.json);;Postman collections and environments (*.postman_collection.json *.postman_environment.json)</source>
        <translation>Bộ sưu tập (*.json);;Bộ sưu tập Wsprobe (*.wsprobe.json);;Bộ sưu tập và môi trường Postman (*.postman_collection.json *.postman_environment.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/collection/connectionsdock.cpp" line="279" />
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>Đã nhập %n kết nối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/collection/connectionsdock.cpp" line="282" />
        <source> and %n environment(s)</source>
        <translation>
            <numerusform> và %n môi trường</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="285" />
        <source>Left out:</source>
        <translation>Bỏ qua:</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="295" />
        <location filename="../ui/collection/connectionsdock.cpp" line="312" />
        <source>Export Collection</source>
        <translation>Xuất bộ sưu tập</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="297" />
        <source>Include environments and global variables</source>
        <translation>Kèm các môi trường và biến toàn cục</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="300" />
        <source>Include secret values (otherwise only their names)</source>
        <translation>Kèm giá trị bí mật (nếu không thì chỉ có tên)</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="311" />
        <source>connections</source>
        <translation>ket-noi</translation>
    </message>
    <message>
        <location filename="../ui/collection/connectionsdock.cpp" line="314" />
        <source>Wsprobe collections (*.json)</source>
        <translation>Bộ sưu tập Wsprobe (*.json)</translation>
    </message>
</context>
<context>
    <name>CopyAsDialog</name>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="6" />
        <source>Copy as Command or Code</source>
        <translation>Chép thành lệnh hoặc mã</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="12" />
        <source>&amp;As:</source>
        <translation>&amp;Dạng:</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="18" />
        <source>The tool or language to write the connection for</source>
        <translation>Công cụ hoặc ngôn ngữ để viết kết nối</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="23" />
        <source>&amp;Shell:</source>
        <translation>&amp;Shell:</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="29" />
        <source>The shell the command will be pasted into: it decides how arguments are quoted</source>
        <translation>Shell mà lệnh sẽ được dán vào: nó quyết định cách đặt dấu nháy cho các đối số</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="38" />
        <source>Command or code</source>
        <translation>Lệnh hoặc mã</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="48" />
        <source>Left out</source>
        <translation>Bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.ui" line="58" />
        <source>&amp;Copy</source>
        <translation>&amp;Chép</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.cpp" line="69" />
        <source>Copied to the clipboard.</source>
        <translation>Đã chép vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.cpp" line="87" />
        <source>Nothing of this connection is left out.</source>
        <translation>Không có gì của kết nối này bị bỏ sót.</translation>
    </message>
    <message>
        <location filename="../ui/snippet/copyasdialog.cpp" line="88" />
        <source>Left out, because this form cannot express it:</source>
        <translation>Bị bỏ qua, vì dạng này không diễn đạt được:</translation>
    </message>
</context>
<context>
    <name>DecodePipeline</name>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="82" />
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON lồng sâu hơn %1 cấp</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="122" />
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="134" />
        <source>CBOR: %1</source>
        <translation>CBOR: %1</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="139" />
        <source>%1 bytes follow the CBOR value</source>
        <translation>còn %1 byte sau giá trị CBOR</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="261" />
        <source>step %1: "%2" is not a decoding step (%3)</source>
        <translation>bước %1: "%2" không phải là bước giải mã (%3)</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="267" />
        <source>step %1: %2 is a format and must be the last step</source>
        <translation>bước %1: %2 là một định dạng và phải là bước cuối cùng</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="271" />
        <source>step %1: this build has no MessagePack support</source>
        <translation>bước %1: bản dựng này không hỗ trợ MessagePack</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="279" />
        <source>step %1: write protobuf:FILE.proto:package.Message</source>
        <translation>bước %1: hãy viết protobuf:FILE.proto:package.Message</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="288" />
        <source>step %1 (protobuf): %2</source>
        <translation>bước %1 (protobuf): %2</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="292" />
        <source>step %1: %2 takes no arguments</source>
        <translation>bước %1: %2 không nhận tham số</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="364" />
        <source>schema-less: %1</source>
        <translation>không dùng lược đồ: %1</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="402" />
        <source>step %1 (%2): %3 at byte %4</source>
        <translation>bước %1 (%2): %3 tại byte %4</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="406" />
        <source>step %1 (%2): %3</source>
        <translation>bước %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/decode/decodepipeline.cpp" line="422" />
        <source>the pipeline "%1" cannot encode: it needs a format with a type at the end</source>
        <translation>chuỗi bước "%1" không mã hóa được: cần một định dạng có kiểu ở cuối</translation>
    </message>
</context>
<context>
    <name>DecodedView</name>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="35" />
        <source>&amp;Decoder:</source>
        <translation>&amp;Bộ giải mã:</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="50" />
        <source>none — for example base64,zlib,msgpack or auto</source>
        <translation>không có — ví dụ base64,zlib,msgpack hoặc auto</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="52" />
        <source>Steps in order, separated by commas: base64, hex, gzip, zlib, deflate, inflate, then json, msgpack, cbor, protobuf or protobuf:FILE.proto:package.Type; auto guesses. Press Enter to apply.</source>
        <translation>Các bước theo thứ tự, cách nhau bằng dấu phẩy: base64, hex, gzip, zlib, deflate, inflate, rồi json, msgpack, cbor, protobuf hoặc protobuf:FILE.proto:package.Type; auto tự đoán. Nhấn Enter để áp dụng.</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="55" />
        <source>Decoder pipeline</source>
        <translation>Chuỗi bước giải mã</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="58" />
        <source>Proto File…</source>
        <translation>Tệp Proto…</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="59" />
        <source>Decode with the message types of a .proto file</source>
        <translation>Giải mã bằng các kiểu thông điệp của một tệp .proto</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="63" />
        <source>&amp;Send composer JSON encoded this way</source>
        <translation>&amp;Gửi JSON của khung soạn thảo được mã hóa theo cách này</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="64" />
        <source>JSON messages from the composer go out through this pipeline run backwards: MessagePack, CBOR or the protobuf type of the out= or first rule, then wrapped as the steps before it say</source>
        <translation>Tin nhắn JSON từ khung soạn thảo được gửi qua chuỗi bước này theo chiều ngược lại: MessagePack, CBOR hoặc kiểu protobuf của quy tắc out= hay quy tắc đầu tiên, rồi được bọc theo các bước đứng trước</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="78" />
        <source>Decoded payload as text</source>
        <translation>Nội dung đã giải mã dạng văn bản</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="83" />
        <source>Decoded payload as a tree</source>
        <translation>Nội dung đã giải mã dạng cây</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="87" />
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="88" />
        <source>Tree</source>
        <translation>Cây</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="128" />
        <source>Choose a decoder to see binary messages as values.</source>
        <translation>Chọn một bộ giải mã để xem tin nhắn nhị phân dưới dạng giá trị.</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="141" />
        <source>Only messages are decoded.</source>
        <translation>Chỉ tin nhắn mới được giải mã.</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="144" />
        <source>(nothing to decode)</source>
        <translation>(không có gì để giải mã)</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="149" />
        <source>Not decoded: %1. The Hex page has the raw bytes.</source>
        <translation>Chưa giải mã được: %1. Trang Hex có các byte gốc.</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="152" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="160" />
        <source>Choose a .proto File</source>
        <translation>Chọn tệp .proto</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="161" />
        <source>Protocol Buffers (*.proto)</source>
        <translation>Protocol Buffers (*.proto)</translation>
    </message>
    <message>
        <location filename="../ui/log/decodedview.cpp" line="167" />
        <source>Type the message type after the last colon (package.Message), or rules such as in=pkg.Reply;out=pkg.Request, and press Enter.</source>
        <translation>Nhập kiểu thông điệp sau dấu hai chấm cuối cùng (package.Message), hoặc các quy tắc như in=pkg.Reply;out=pkg.Request, rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../src/demo/demoserver.cpp" line="30" />
        <source>The demo server could not listen on 127.0.0.1:%1: %2</source>
        <translation>Máy chủ demo không thể lắng nghe trên 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <location filename="../src/demo/demoserver.cpp" line="102" />
        <source>Unknown path %1: try /echo, /ticker or /binary</source>
        <translation>Đường dẫn %1 không rõ: hãy thử /echo, /ticker hoặc /binary</translation>
    </message>
</context>
<context>
    <name>DemoServerUi</name>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="41" />
        <source>Stop &amp;Demo Server (Port %1)</source>
        <translation>Dừng máy chủ &amp;demo (cổng %1)</translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="42" />
        <source>Stop the built-in test server on port %1; its clients are disconnected</source>
        <translation>Dừng máy chủ thử nghiệm tích hợp trên cổng %1; các máy khách của nó bị ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="44" />
        <source>Stop Demo</source>
        <translation>Dừng demo</translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="46" />
        <source>Demo server listening on %1 — paths /echo, /ticker, /binary</source>
        <translation>Máy chủ demo đang lắng nghe trên %1 — đường dẫn /echo, /ticker, /binary</translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="55" />
        <source>Start &amp;Demo Server</source>
        <translation>Chạy máy chủ &amp;demo</translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="59" />
        <source>Start Demo</source>
        <translation>Chạy demo</translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="56" />
        <source>Run the built-in test server on 127.0.0.1 (/echo, /ticker, /binary) and fill in its URL</source>
        <translation>Chạy máy chủ thử nghiệm tích hợp trên 127.0.0.1 (/echo, /ticker, /binary) và điền URL của nó</translation>
    </message>
    <message>
        <location filename="../ui/window/demoserverui.cpp" line="58" />
        <source>Demo server stopped.</source>
        <translation>Đã dừng máy chủ demo.</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="27" />
        <source>Wsprobe Documentation</source>
        <translation>Tài liệu Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="44" />
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="45" />
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="46" />
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="69" />
        <source>Open &amp;Folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="70" />
        <source>Show the documentation's files in the file manager</source>
        <translation>Mở các tệp tài liệu trong trình quản lý tệp</translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="88" />
        <source>The documentation is not installed: there is no README.md in %1.

Packages install it in share/doc/wsprobe beside the program's bin folder; in the source, it is README.md and the docs folder.</source>
        <translation>Tài liệu chưa được cài: không có README.md trong %1.

Các gói cài nó vào share/doc/wsprobe, cạnh thư mục bin của chương trình; trong mã nguồn, đó là README.md và thư mục docs.</translation>
    </message>
    <message>
        <location filename="../ui/window/documentationdialog.cpp" line="116" />
        <source>%1 is not part of the installed documentation.</source>
        <translation>%1 không nằm trong tài liệu đã cài.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <location filename="../ui/connection/elidedlabel.cpp" line="146" />
        <source>&amp;Copy</source>
        <translation>&amp;Chép</translation>
    </message>
</context>
<context>
    <name>EncodedMessage</name>
    <message>
        <location filename="../src/compose/encodedmessage.cpp" line="38" />
        <source>Not encoded with %1: %2</source>
        <translation>Không mã hóa được bằng %1: %2</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../src/protocol/engine.cpp" line="41" />
        <source>Raw frames need Wsprobe's own engine: QWebSocket writes only the frames it builds itself. Choose the wire engine (--engine wire, or Engine in the connection panel) and connect again.</source>
        <translation>Frame thô cần engine riêng của Wsprobe: QWebSocket chỉ ghi các frame do chính nó tạo. Hãy chọn engine wire (--engine wire, hoặc Engine trong bảng kết nối) rồi kết nối lại.</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="108" />
        <source>The server at %1:%2 rejected the WebSocket handshake: %3</source>
        <translation>Máy chủ tại %1:%2 từ chối bắt tay WebSocket: %3</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="113" />
        <source>Connection refused by %1:%2: no server is listening there, or a firewall refused the connection.</source>
        <translation>%1:%2 từ chối kết nối: không có máy chủ nào lắng nghe ở đó, hoặc tường lửa đã chặn kết nối.</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="118" />
        <source>The host "%1" was not found (DNS lookup failed).</source>
        <translation>Không tìm thấy máy "%1" (tra cứu DNS thất bại).</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="120" />
        <source>Timed out while connecting to %1:%2.</source>
        <translation>Hết thời gian chờ khi kết nối tới %1:%2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="123" />
        <source>The server closed the TCP connection without a closing handshake.</source>
        <translation>Máy chủ đã đóng kết nối TCP mà không bắt tay đóng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="124" />
        <source>The server at %1:%2 closed the connection during the opening handshake.</source>
        <translation>Máy chủ tại %1:%2 đã đóng kết nối trong lúc bắt tay mở.</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="130" />
        <source>The TLS handshake with %1:%2 failed: %3</source>
        <translation>Bắt tay TLS với %1:%2 thất bại: %3</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="137" />
        <source>Proxy error: %1</source>
        <translation>Lỗi proxy: %1</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="139" />
        <source>Network error talking to %1:%2: %3</source>
        <translation>Lỗi mạng khi giao tiếp với %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="143" />
        <source>Connection error with %1:%2: %3</source>
        <translation>Lỗi kết nối với %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../src/protocol/engine.cpp" line="143" />
        <source>The server did not answer TLS; is it a ws:// server? Try %1.</source>
        <translation>Máy chủ không trả lời bằng TLS; đó có phải máy chủ ws:// không? Hãy thử %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBar</name>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="18" />
        <source>Environment:</source>
        <translation>Môi trường:</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="22" />
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="23" />
        <source>The variables {{name}} takes after the tab's own</source>
        <translation>Các biến mà {{name}} dùng sau biến riêng của thẻ</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="29" />
        <source>This Tab</source>
        <translation>Thẻ này</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="31" />
        <source>On: the environment applies to the current tab only. Off: to every tab that has none of its own</source>
        <translation>Bật: môi trường chỉ áp dụng cho thẻ hiện tại. Tắt: cho mọi thẻ không có môi trường riêng</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="35" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="36" />
        <source>Edit environments and global variables</source>
        <translation>Sửa các môi trường và biến toàn cục</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentbar.cpp" line="49" />
        <source>No Environment</source>
        <translation>Không có môi trường</translation>
    </message>
</context>
<context>
    <name>EnvironmentsDialog</name>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="63" />
        <source>Show secrets</source>
        <translation>Hiện giá trị bí mật</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="65" />
        <location filename="../ui/collection/environmentsdialog.cpp" line="82" />
        <source>Environments</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="67" />
        <source>{{name}} in a URL, header or message takes the tab's own variable first, then the environment's, then the global one.</source>
        <translation>{{name}} trong URL, header hoặc tin nhắn lấy biến riêng của thẻ trước, rồi đến biến của môi trường, sau cùng là biến toàn cục.</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="85" />
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="86" />
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="87" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="98" />
        <source>Variables of the environment</source>
        <translation>Các biến của môi trường</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="99" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="99" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="99" />
        <source>Secret</source>
        <translation>Bí mật</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="108" />
        <source>Add Variable</source>
        <translation>Thêm biến</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="109" />
        <source>Remove Variable</source>
        <translation>Xóa biến</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="125" />
        <source>Globals</source>
        <translation>Toàn cục</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="129" />
        <source>Used by every tab, whatever its environment</source>
        <translation>Được mọi thẻ dùng, bất kể môi trường nào</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="135" />
        <source>Add Environment</source>
        <translation>Thêm môi trường</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="135" />
        <location filename="../ui/collection/environmentsdialog.cpp" line="248" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="216" />
        <source>A secret is masked here and left out of exports unless you ask</source>
        <translation>Giá trị bí mật được che ở đây và không được xuất ra trừ khi bạn yêu cầu</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="248" />
        <location filename="../ui/collection/environmentsdialog.cpp" line="254" />
        <source>Rename Environment</source>
        <translation>Đổi tên môi trường</translation>
    </message>
    <message>
        <location filename="../ui/collection/environmentsdialog.cpp" line="255" />
        <source>There is already an environment called "%1".</source>
        <translation>Đã có một môi trường tên "%1".</translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="107" />
        <source>the line is not a JSON object</source>
        <translation>dòng này không phải một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="154" />
        <source>the "%1" field must be %2</source>
        <translation>trường "%1" phải là %2</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="170" />
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="180" />
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="182" />
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="195" />
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="202" />
        <source>an array of strings</source>
        <translation>một mảng chuỗi</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="217" />
        <source>in the documented shape</source>
        <translation>đúng dạng đã mô tả</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="244" />
        <source>the "time" field is missing or not an ISO 8601 timestamp</source>
        <translation>trường "time" bị thiếu hoặc không phải mốc thời gian ISO 8601</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="250" />
        <source>the "dir" field must be "in" or "out", not "%1"</source>
        <translation>trường "dir" phải là "in" hoặc "out", không phải "%1"</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="254" />
        <source>the "data" field is not valid base64</source>
        <translation>trường "data" không phải base64 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="274" />
        <source>unknown message type "%1"</source>
        <translation>loại tin nhắn "%1" không rõ</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="288" />
        <source>the "code" field must be from 0 to 65535</source>
        <translation>trường "code" phải nằm trong khoảng từ 0 đến 65535</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="297" />
        <source>the "status" field must be from 0 to 999</source>
        <translation>trường "status" phải nằm trong khoảng từ 0 đến 999</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="326" />
        <source>unknown opcode "%1"</source>
        <translation>opcode "%1" không rõ</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="343" />
        <source>the "event" field is missing</source>
        <translation>thiếu trường "event"</translation>
    </message>
    <message>
        <location filename="../src/session/eventjsonreader.cpp" line="344" />
        <source>unknown event "%1"</source>
        <translation>sự kiện "%1" không rõ</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <location filename="../src/log/eventlog.cpp" line="208" />
        <source>Sent by Wsprobe</source>
        <translation>Wsprobe đã gửi</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="210" />
        <source>Received from the server</source>
        <translation>Nhận từ máy chủ</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="216" />
        <source>Double-click to go to the message</source>
        <translation>Nhấp đúp để đến tin nhắn</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="221" />
        <source>%1 B, %2 B on the wire (permessage-deflate)</source>
        <translation>%1 B, %2 B trên đường truyền (permessage-deflate)</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="332" />
        <location filename="../src/log/eventlog.cpp" line="336" />
        <location filename="../ui/log/logview.cpp" line="170" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="393" />
        <source>Connected · protocol: %1 · extensions: %2</source>
        <translation>Đã kết nối · giao thức: %1 · phần mở rộng: %2</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="394" />
        <location filename="../src/log/eventlog.cpp" line="395" />
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="397" />
        <location filename="../src/log/eventlog.cpp" line="399" />
        <source>(no payload)</source>
        <translation>(không có dữ liệu)</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="401" />
        <source>round trip %1 ms · %2</source>
        <translation>khứ hồi %1 ms · %2</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="408" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="410" />
        <source> · reason: "%1"</source>
        <translation> · lý do: "%1"</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="411" />
        <source> · clean</source>
        <translation> · sạch</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="411" />
        <source> · not clean</source>
        <translation> · không sạch</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="419" />
        <source>%1 → (no response seen by this engine)</source>
        <translation>%1 → (bộ giao thức này không thấy phản hồi)</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="421" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="437" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="439" />
        <source>Dir</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="441" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="443" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../src/log/eventlog.cpp" line="445" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <location filename="../src/connection/event.cpp" line="114" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="116" />
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="118" />
        <source>Binary</source>
        <translation>Nhị phân</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="120" />
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="122" />
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="124" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="126" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="128" />
        <source>Handshake</source>
        <translation>Bắt tay</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="130" />
        <source>Frame</source>
        <translation>Khung</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="132" />
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="154" />
        <source>Normal closure</source>
        <translation>Đóng bình thường</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="156" />
        <source>Going away</source>
        <translation>Rời đi</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="158" />
        <source>Protocol error</source>
        <translation>Lỗi giao thức</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="160" />
        <source>Unsupported data</source>
        <translation>Dữ liệu không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="162" />
        <source>No status received</source>
        <translation>Không nhận được mã trạng thái</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="164" />
        <source>Abnormal closure (connection dropped)</source>
        <translation>Đóng bất thường (mất kết nối)</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="166" />
        <source>Invalid payload data</source>
        <translation>Dữ liệu không hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="168" />
        <source>Policy violation</source>
        <translation>Vi phạm chính sách</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="170" />
        <source>Message too big</source>
        <translation>Tin nhắn quá lớn</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="172" />
        <source>Mandatory extension missing</source>
        <translation>Thiếu phần mở rộng bắt buộc</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="174" />
        <source>Internal server error</source>
        <translation>Lỗi nội bộ máy chủ</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="176" />
        <source>Service restart</source>
        <translation>Dịch vụ khởi động lại</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="178" />
        <source>Try again later</source>
        <translation>Thử lại sau</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="180" />
        <source>Bad gateway</source>
        <translation>Cổng nối lỗi</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="182" />
        <source>TLS handshake failure</source>
        <translation>Bắt tay TLS thất bại</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="185" />
        <source>Unauthorized</source>
        <translation>Không được phép</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="187" />
        <source>Forbidden</source>
        <translation>Bị cấm</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="189" />
        <source>Timeout</source>
        <translation>Hết thời gian</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="194" />
        <source>Registered for libraries and frameworks</source>
        <translation>Dành cho thư viện và framework</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="196" />
        <source>Application-defined</source>
        <translation>Do ứng dụng định nghĩa</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="246" />
        <source>
(%1 was folded over several lines, which RFC 9112 §5.2 makes obsolete; it is shown unfolded.)</source>
        <translation>
(%1 bị gập thành nhiều dòng, cách viết mà RFC 9112 §5.2 coi là lỗi thời; ở đây nó được hiển thị trên một dòng.)</translation>
    </message>
    <message>
        <location filename="../src/connection/event.cpp" line="251" />
        <source>
(The body was sent with a chunked transfer coding, removed here.)</source>
        <translation>
(Phần thân được gửi với mã hóa truyền chunked, ở đây đã được gỡ bỏ.)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="16" />
        <source>Keep secrets (Authorization, cookies, token=… in the URL)</source>
        <translation>Giữ bí mật (Authorization, cookie, token=… trong URL)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="18" />
        <source>Save Session</source>
        <translation>Lưu phiên</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="43" />
        <source>Each message keeps its raw data and gains its decoded value: "decoded" in a session, "_decoded" in HAR, a decoded: line in a transcript (or the reason it does not decode).</source>
        <translation>Mỗi thông điệp giữ dữ liệu thô và có thêm giá trị đã giải mã: "decoded" trong phiên, "_decoded" trong HAR, một dòng decoded: trong bản ghi văn bản (hoặc lý do không giải mã được).</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="53" />
        <source>Add decoded values (%1)</source>
        <translation>Thêm giá trị đã giải mã (%1)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="19" />
        <source>Wsprobe session (.wsprobe.jsonl)</source>
        <translation>Phiên Wsprobe (.wsprobe.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="20" />
        <source>HAR 1.2, as Chrome DevTools writes it (.har)</source>
        <translation>HAR 1.2, như Chrome DevTools ghi (.har)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="22" />
        <source>Text transcript (.txt)</source>
        <translation>Bản ghi dạng văn bản (.txt)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="23" />
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="25" />
        <source>Rows to save</source>
        <translation>Các hàng cần lưu</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="26" />
        <source>All rows</source>
        <translation>Tất cả các hàng</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/exportdialog.cpp" line="28" />
        <source>The %n selected row(s)</source>
        <translation>
            <numerusform>%n hàng đã chọn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/exportdialog.cpp" line="31" />
        <source>The %n row(s) the filter shows</source>
        <translation>
            <numerusform>%n hàng bộ lọc đang hiện</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="33" />
        <source>Off: their values are written as &lt;redacted&gt;, so the file can be shared.</source>
        <translation>Tắt: giá trị của chúng được ghi thành &lt;redacted&gt;, nên có thể chia sẻ tệp.</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="39" />
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="40" />
        <source>&amp;Rows:</source>
        <translation>&amp;Hàng:</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="73" />
        <source>Wsprobe sessions (*.wsprobe.jsonl *.jsonl)</source>
        <translation>Phiên Wsprobe (*.wsprobe.jsonl *.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="77" />
        <source>HAR files (*.har)</source>
        <translation>Tệp HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="81" />
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/session/exportdialog.cpp" line="85" />
        <source>Save Session As</source>
        <translation>Lưu phiên thành</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="61" />
        <source>the client used reserved opcode 0x%1</source>
        <translation>máy khách dùng opcode dành riêng 0x%1</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="62" />
        <source>the server used reserved opcode 0x%1</source>
        <translation>máy chủ dùng opcode dành riêng 0x%1</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="66" />
        <source>the client set RSV1 without a negotiated extension</source>
        <translation>máy khách đặt bit RSV1 mà không có phần mở rộng nào được thỏa thuận</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="67" />
        <source>the server set RSV1 without a negotiated extension</source>
        <translation>máy chủ đặt bit RSV1 mà không có phần mở rộng nào được thỏa thuận</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="73" />
        <source>the client set RSV%1, which no negotiated extension defines</source>
        <translation>máy khách đặt bit RSV%1, bit mà không phần mở rộng đã thỏa thuận nào định nghĩa</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="74" />
        <source>the server set RSV%1, which no negotiated extension defines</source>
        <translation>máy chủ đặt bit RSV%1, bit mà không phần mở rộng đã thỏa thuận nào định nghĩa</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="81" />
        <source>the server masked a frame (servers must not mask, RFC 6455 §5.1)</source>
        <translation>máy chủ che (mask) một khung (máy chủ không được che, RFC 6455 §5.1)</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="85" />
        <source>the client sent an unmasked frame (clients must mask every frame, RFC 6455 §5.1)</source>
        <translation>máy khách gửi một khung không che (mask) (máy khách phải che mọi khung, RFC 6455 §5.1)</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="92" />
        <source>the client fragmented a %1 control frame</source>
        <translation>máy khách phân mảnh một khung điều khiển %1</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="93" />
        <source>the server fragmented a %1 control frame</source>
        <translation>máy chủ phân mảnh một khung điều khiển %1</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="98" />
        <source>the client sent a %1 control frame longer than 125 bytes</source>
        <translation>máy khách gửi một khung điều khiển %1 dài hơn 125 byte</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="99" />
        <source>the server sent a %1 control frame longer than 125 bytes</source>
        <translation>máy chủ gửi khung điều khiển %1 dài hơn 125 byte</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="103" />
        <source>the client compressed a %1 control frame</source>
        <translation>máy khách nén một khung điều khiển %1</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="104" />
        <source>the server compressed a %1 control frame</source>
        <translation>máy chủ nén một khung điều khiển %1</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="124" />
        <source>the client sent a 64-bit frame length with the most significant bit set</source>
        <translation>máy khách gửi độ dài khung 64 bit có bit cao nhất được đặt</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="126" />
        <source>the server sent a 64-bit frame length with the most significant bit set</source>
        <translation>máy chủ gửi độ dài khung 64 bit có bit cao nhất được đặt</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="136" />
        <source>the client announced a frame of %1 bytes, over this server's limit of %2 bytes per frame</source>
        <translation>máy khách báo một khung %1 byte, vượt giới hạn %2 byte mỗi khung của máy chủ này</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="140" />
        <source>the server announced a frame of %1 bytes, over Wsprobe's limit of %2 bytes per frame (change it with --max-frame-size, or Max frame size in the connection panel)</source>
        <translation>máy chủ báo trước một frame %1 byte, vượt giới hạn %2 byte mỗi frame của Wsprobe (đổi bằng --max-frame-size, hoặc Frame tối đa trong bảng kết nối)</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="264" />
        <source>the client's Close frame has a 1-byte payload</source>
        <translation>khung Close của máy khách có dữ liệu 1 byte</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="265" />
        <source>the server's Close frame has a 1-byte payload</source>
        <translation>khung Close của máy chủ có dữ liệu 1 byte</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="275" />
        <source>the client sent close code %1, which may not be sent</source>
        <translation>máy khách gửi mã đóng %1, mã không được phép gửi</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="276" />
        <source>the server sent close code %1, which may not be sent</source>
        <translation>máy chủ gửi mã đóng %1, mã không được phép gửi</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="281" />
        <source>the client's close reason is not valid UTF-8</source>
        <translation>lý do đóng của máy khách không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="282" />
        <source>the server's close reason is not valid UTF-8</source>
        <translation>lý do đóng của máy chủ không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/framecodec.cpp" line="290" />
        <source>Protocol violation by the server: a %1 frame of %2 bytes has its length written in %3 bits, where RFC 6455 §5.2 requires the shortest form. Wsprobe keeps the conversation going; such frames are marked "non-minimal length".</source>
        <translation>Máy chủ vi phạm giao thức: một frame %1 dài %2 byte ghi độ dài bằng %3 bit, trong khi RFC 6455 §5.2 yêu cầu dạng ngắn nhất. Wsprobe vẫn tiếp tục cuộc trao đổi; những frame như vậy được đánh dấu "độ dài không tối thiểu".</translation>
    </message>
</context>
<context>
    <name>FramedEngine</name>
    <message>
        <location filename="../src/protocol/frame/framedengine.cpp" line="500" />
        <source>The connection is not open: raw frames cannot be written.</source>
        <translation>Kết nối chưa mở: không thể ghi frame thô.</translation>
    </message>
</context>
<context>
    <name>FramedLeg</name>
    <message>
        <location filename="../src/relay/framedleg.cpp" line="61" />
        <source>The message could not be passed on in its frames: %1</source>
        <translation>Không thể chuyển tiếp tin nhắn theo đúng các frame của nó: %1</translation>
    </message>
</context>
<context>
    <name>GraphQlWsLayer</name>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="30" />
        <source>GraphQL over WebSocket (legacy graphql-ws)</source>
        <translation>GraphQL qua WebSocket (graphql-ws cũ)</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="31" />
        <source>GraphQL over WebSocket (graphql-transport-ws)</source>
        <translation>GraphQL qua WebSocket (graphql-transport-ws)</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="62" />
        <source>a binary message: GraphQL over WebSocket sends text only</source>
        <translation>một thông điệp nhị phân: GraphQL qua WebSocket chỉ gửi văn bản</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="72" />
        <source>the message must be a JSON object</source>
        <translation>thông điệp phải là một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="79" />
        <source>the message has no "type" string</source>
        <translation>thông điệp không có chuỗi "type"</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="86" />
        <source>"%1" is not a message type of %2</source>
        <translation>"%1" không phải một loại thông điệp của %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="93" />
        <source>%1: the message needs an "id" string</source>
        <translation>%1: thông điệp cần một chuỗi "id"</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="104" />
        <source>%1: the payload needs a "query" string</source>
        <translation>%1: payload cần một chuỗi "query"</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="126" />
        <source>Connection Init</source>
        <translation>Khởi tạo kết nối</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="128" />
        <source>Payload (JSON object, optional)</source>
        <translation>Payload (đối tượng JSON, không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="132" />
        <source>Start Operation</source>
        <translation>Bắt đầu thao tác</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="132" />
        <source>Subscribe</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="133" />
        <source>Query</source>
        <translation>Truy vấn</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="136" />
        <source>Variables (JSON object, optional)</source>
        <translation>Biến (đối tượng JSON, không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="140" />
        <source>Operation name (optional)</source>
        <translation>Tên thao tác (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="144" />
        <source>Stop Operation</source>
        <translation>Dừng thao tác</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="144" />
        <source>Complete</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="145" />
        <source>Operation id</source>
        <translation>Mã thao tác</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="148" />
        <source>Terminate Connection</source>
        <translation>Kết thúc kết nối</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="150" />
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="164" />
        <source>%1: a JSON object is needed</source>
        <translation>%1: cần một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="165" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="180" />
        <source>query: the operation needs a query</source>
        <translation>query: thao tác cần một truy vấn</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="200" />
        <source>id: which operation?</source>
        <translation>id: thao tác nào?</translation>
    </message>
    <message>
        <location filename="../src/protocols/graphqlwslayer.cpp" line="211" />
        <source>%1 has no action "%2"</source>
        <translation>%1 không có thao tác "%2"</translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="129" />
        <source>The server answered 101 with an empty Sec-WebSocket-Protocol header.</source>
        <translation>Máy chủ trả lời 101 với tiêu đề Sec-WebSocket-Protocol rỗng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="116" />
        <source>The server answered 101 with more than one Sec-WebSocket-Accept header.</source>
        <translation>Máy chủ trả lời 101 với nhiều hơn một tiêu đề Sec-WebSocket-Accept.</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="106" />
        <source>The server answered 101 but its Upgrade header is "%1", not "websocket".</source>
        <translation>Máy chủ trả lời 101 nhưng header Upgrade là "%1", không phải "websocket".</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="109" />
        <source>The server answered 101 but its Connection header is "%1", not "Upgrade".</source>
        <translation>Máy chủ trả lời 101 nhưng header Connection là "%1", không phải "Upgrade".</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="113" />
        <source>The server answered 101 without a Sec-WebSocket-Accept header.</source>
        <translation>Máy chủ trả lời 101 mà không có header Sec-WebSocket-Accept.</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="115" />
        <source>The server's Sec-WebSocket-Accept "%1" does not match the key sent (expected "%2").</source>
        <translation>Sec-WebSocket-Accept "%1" của máy chủ không khớp với khóa đã gửi (cần "%2").</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="121" />
        <source>The server chose more than one subprotocol.</source>
        <translation>Máy chủ chọn nhiều hơn một giao thức con.</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="127" />
        <source>The server chose the subprotocol "%1" although none was offered.</source>
        <translation>Máy chủ chọn giao thức con "%1" dù không có giao thức con nào được đề nghị.</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="129" />
        <source>The server chose the subprotocol "%1", which was not offered (%2).</source>
        <translation>Máy chủ chọn giao thức con "%1", giao thức không được đề nghị (%2).</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="142" />
        <source>The server accepted the extension "%1", which was not offered.</source>
        <translation>Máy chủ chấp nhận phần mở rộng "%1", phần mở rộng không được đề nghị.</translation>
    </message>
    <message>
        <location filename="../src/protocol/handshake.cpp" line="145" />
        <source>The server accepted permessage-deflate twice.</source>
        <translation>Máy chủ chấp nhận permessage-deflate hai lần.</translation>
    </message>
</context>
<context>
    <name>HandshakeDialog</name>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="6" />
        <source>Opening handshake</source>
        <translation>Bắt tay mở</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="17" />
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="23" />
        <source>Request as sent</source>
        <translation>Yêu cầu như đã gửi</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="29" />
        <source>Response</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="35" />
        <source>Response as received</source>
        <translation>Phản hồi như đã nhận</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="41" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="46" />
        <source>TLS session</source>
        <translation>Phiên TLS</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="57" />
        <source>Copy as &amp;text</source>
        <translation>Chép dạng &amp;văn bản</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="62" />
        <source>Copy as &amp;Command or Code…</source>
        <translation>Chép thành &amp;lệnh hoặc mã…</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.ui" line="63" />
        <source>The connection as a wscat, websocat or wsprobe-cli command, or as JavaScript, Node.js or Python code</source>
        <translation>Kết nối dưới dạng lệnh wscat, websocat hoặc wsprobe-cli, hoặc mã JavaScript, Node.js hoặc Python</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="25" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="27" />
        <source>Upgraded (HTTP 101). Subprotocol: %1 · extensions: %2</source>
        <translation>Đã nâng cấp (HTTP 101). Giao thức con: %1 · phần mở rộng: %2</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="30" />
        <source>The server refused the upgrade: %1</source>
        <translation>Máy chủ từ chối nâng cấp: %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="33" />
        <source>(No response was seen. The QWebSocket engine does not expose the response; use the wire engine.)</source>
        <translation>(Không thấy phản hồi. Bộ QWebSocket không cho xem phản hồi; hãy dùng bộ wire.)</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="35" />
        <source>No response recorded.</source>
        <translation>Không có phản hồi nào được ghi lại.</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="41" />
        <source>(The QWebSocket engine does not report the TLS session.)</source>
        <translation>(Bộ QWebSocket không báo phiên TLS.)</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="42" />
        <source>Not encrypted (ws://).</source>
        <translation>Không mã hóa (ws://).</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="44" />
        <source>Protocol: %1</source>
        <translation>Giao thức: %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="45" />
        <source>Cipher: %1</source>
        <translation>Bộ mã hóa: %1</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="46" />
        <source>Server certificate chain:</source>
        <translation>Chuỗi chứng chỉ của máy chủ:</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="50" />
        <source>Certificate errors ignored at your request:</source>
        <translation>Các lỗi chứng chỉ đã bỏ qua theo yêu cầu của bạn:</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="57" />
        <source>the handshake</source>
        <translation>cuộc bắt tay</translation>
    </message>
    <message>
        <location filename="../ui/connection/handshakedialog.cpp" line="80" />
        <source>Copied %1 to the clipboard.</source>
        <translation>Đã chép %1 vào bộ nhớ tạm.</translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <location filename="../src/session/harreader.cpp" line="94" />
        <source>the file is not a JSON object</source>
        <translation>tệp không phải một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="109" />
        <source>there is no "log" object, so this is not a HAR file</source>
        <translation>không có đối tượng "log", nên đây không phải tệp HAR</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="120" />
        <source>%1 (at byte %2)</source>
        <translation>%1 (tại byte %2)</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="128" />
        <source>the JSON does not have the shape of HAR 1.2 near byte %1</source>
        <translation>JSON không có dạng HAR 1.2 gần byte %1</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="136" />
        <source>malformed JSON</source>
        <translation>JSON sai cú pháp</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="139" />
        <source>unexpected value near byte %1</source>
        <translation>giá trị không mong đợi gần byte %1</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="153" />
        <source>expected an object in an array near byte %1</source>
        <translation>cần một đối tượng trong mảng gần byte %1</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="169" />
        <source>"%1" is not %2 (byte %3)</source>
        <translation>"%1" không phải %2 (byte %3)</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="184" />
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="196" />
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="248" />
        <source>"status" %1 is not an HTTP status (byte %2)</source>
        <translation>"status" %1 không phải mã trạng thái HTTP (byte %2)</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="308" />
        <source>"opcode" %1 is not a WebSocket opcode</source>
        <translation>"opcode" %1 không phải opcode WebSocket</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="311" />
        <source>"time" %1 is not a time in seconds since 1970</source>
        <translation>"time" %1 không phải thời điểm tính bằng giây kể từ năm 1970</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="319" />
        <source>a binary message's "data" is not valid base64</source>
        <translation>"data" của tin nhắn nhị phân không phải base64 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="323" />
        <source>message %1 of the entry (at byte %2) skipped: %3</source>
        <translation>đã bỏ qua tin nhắn %1 của mục (tại byte %2): %3</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="366" />
        <source>"%1" %2 is not a time in milliseconds (byte %3)</source>
        <translation>"%1" %2 không phải là thời gian tính bằng mili giây (byte %3)</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="399" />
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="406" />
        <source>_wsprobeClose (byte %1) has a code or time out of range</source>
        <translation>_wsprobeClose (byte %1) có mã hoặc thời điểm nằm ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="519" />
        <source>the entry's %1; ignored</source>
        <translation>trong mục, %1; đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="521" />
        <source>The file holds this connection's handshake but none of its messages (it has no "_webSocketMessages"). Firefox, among other tools, saves WebSocket connections in HAR without their messages; Chrome and Edge save them.</source>
        <translation>Tệp chứa bắt tay của kết nối này nhưng không có tin nhắn nào của nó (không có "_webSocketMessages"). Firefox, cũng như một số công cụ khác, lưu kết nối WebSocket vào HAR mà không kèm tin nhắn; Chrome và Edge thì có lưu.</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="426" />
        <location filename="../src/session/harreader.cpp" line="468" />
        <location filename="../src/session/harreader.cpp" line="503" />
        <source>Not a readable HAR file: %1.</source>
        <translation>Không đọc được tệp HAR: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/session/harreader.cpp" line="486" />
        <source>The HAR file has no WebSocket entries (it lists %n request(s)). In the browser's DevTools, open the Network panel before the page connects, then use "Save all as HAR with content".</source>
        <translation>
            <numerusform>Tệp HAR không có mục WebSocket nào (nó có %n yêu cầu). Trong DevTools của trình duyệt, hãy mở bảng Network trước khi trang kết nối, rồi dùng "Save all as HAR with content".</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="507" />
        <source>The HAR file has no WebSocket entry number %1.</source>
        <translation>Tệp HAR không có mục WebSocket số %1.</translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="514" />
        <source>HAR entry %1: %2</source>
        <translation>Mục HAR %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/session/harreader.cpp" line="516" />
        <source>HAR, %n connection(s): %1</source>
        <translation>
            <numerusform>HAR, %n kết nối: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/session/harreader.cpp" line="516" />
        <source>the entry's startedDateTime is missing or invalid</source>
        <translation>startedDateTime của mục bị thiếu hoặc không hợp lệ</translation>
    </message>
</context>
<context>
    <name>HeaderText</name>
    <message>
        <location filename="../src/connection/headertext.cpp" line="21" />
        <source>Line %1 is not "Name: value": %2</source>
        <translation>Dòng %1 không có dạng "Tên: giá trị": %2</translation>
    </message>
    <message>
        <location filename="../src/connection/headertext.cpp" line="28" />
        <source>Line %1: "%2" is not a valid header name (letters, digits and !#$%&amp;'*+-.^_`|~ only, no spaces): %3</source>
        <translation>Dòng %1: "%2" không phải tên header hợp lệ (chỉ chữ cái, chữ số và !#$%&amp;'*+-.^_`|~, không có dấu cách): %3</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="14" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="15" />
        <source>&amp;Documentation</source>
        <translation>&amp;Tài liệu</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="21" />
        <source>Every keyboard shortcut of the window (Ctrl+/)</source>
        <translation>Mọi phím tắt của cửa sổ (Ctrl+/)</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="24" />
        <source>Read the documentation installed with Wsprobe (F1)</source>
        <translation>Đọc tài liệu được cài cùng Wsprobe (F1)</translation>
    </message>
</context>
<context>
    <name>HexCodec</name>
    <message>
        <location filename="../src/compose/hexcodec.cpp" line="30" />
        <source>"%1" at position %2 is not a hexadecimal digit.</source>
        <translation>"%1" ở vị trí %2 không phải chữ số thập lục phân.</translation>
    </message>
    <message>
        <location filename="../src/compose/hexcodec.cpp" line="44" />
        <source>The hex text has an odd number of digits: each byte needs two.</source>
        <translation>Chuỗi hex có số chữ số lẻ: mỗi byte cần hai chữ số.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="14" />
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="19" />
        <source>The server's response headers exceed %1 bytes.</source>
        <translation>Các header phản hồi của máy chủ vượt quá %1 byte.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="120" />
        <source>The server closed the connection before completing its response.</source>
        <translation>Máy chủ đóng kết nối trước khi phản hồi xong.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="136" />
        <source>The server's response does not start with an HTTP status line: "%1".</source>
        <translation>Phản hồi của máy chủ không bắt đầu bằng dòng trạng thái HTTP: "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/httpresponseparser.cpp" line="159" />
        <source>The server sent a malformed header line: "%1".</source>
        <translation>Máy chủ gửi một dòng header sai định dạng: "%1".</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../src/session/journal.cpp" line="67" />
        <source>Cannot record to %1: another Wsprobe is recording there.</source>
        <translation>Không thể ghi vào %1: một Wsprobe khác đang ghi ở đó.</translation>
    </message>
    <message>
        <location filename="../src/session/journal.cpp" line="80" />
        <location filename="../src/session/journal.cpp" line="165" />
        <source>Cannot record to %1: %2</source>
        <translation>Không thể ghi vào %1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/journal.cpp" line="197" />
        <location filename="../src/session/journal.cpp" line="208" />
        <source>Recording to %1 failed: %2</source>
        <translation>Ghi vào %1 thất bại: %2</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="25" />
        <source>JSON path, character %1: %2</source>
        <translation>Đường dẫn JSON, ký tự %1: %2</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="29" />
        <source>a path starts with '$'</source>
        <translation>đường dẫn phải bắt đầu bằng '$'</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="35" />
        <source>recursive descent ('..') is not supported</source>
        <translation>không hỗ trợ tìm đệ quy ('..')</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="45" />
        <source>expected a member name after '.'</source>
        <translation>cần tên thành viên sau '.'</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="50" />
        <source>unexpected '%1' (expected '.' or '[')</source>
        <translation>'%1' không hợp lệ ở đây (cần '.' hoặc '[')</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="53" />
        <source>unfinished '['</source>
        <translation>'[' chưa đóng</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="77" />
        <source>the quoted name is not closed</source>
        <translation>tên trong dấu nháy chưa được đóng</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="91" />
        <source>the array index is too large</source>
        <translation>chỉ số mảng quá lớn</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="92" />
        <source>expected an array index</source>
        <translation>cần một chỉ số mảng</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="95" />
        <source>filter expressions are not supported</source>
        <translation>không hỗ trợ biểu thức lọc</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="97" />
        <source>expected a number, '*' or a quoted name after '['</source>
        <translation>cần một số, '*' hoặc tên trong dấu nháy sau '['</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="101" />
        <source>slices and unions are not supported</source>
        <translation>không hỗ trợ cắt lát và hợp</translation>
    </message>
    <message>
        <location filename="../src/match/jsonpath.cpp" line="102" />
        <source>expected ']'</source>
        <translation>cần ']'</translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="141" />
        <source>expected ':' after a member name</source>
        <translation>cần ':' sau tên thành viên</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="148" />
        <source>unexpected end of text inside %1</source>
        <translation>văn bản kết thúc đột ngột bên trong %1</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="149" />
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="149" />
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="158" />
        <source>expected ',' or '%1'</source>
        <translation>cần ',' hoặc '%1'</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="165" />
        <source>unexpected text after the end of the JSON value</source>
        <translation>có văn bản thừa sau khi giá trị JSON kết thúc</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="169" />
        <source>unexpected end of text</source>
        <translation>văn bản kết thúc đột ngột</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="178" />
        <source>expected a member name in double quotes</source>
        <translation>cần tên thành viên trong dấu ngoặc kép</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="194" />
        <source>nested more than 512 levels deep</source>
        <translation>lồng sâu hơn 512 cấp</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="211" />
        <source>a trailing comma before ']'</source>
        <translation>dấu phẩy thừa trước ']'</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="212" />
        <source>unexpected character '%1'</source>
        <translation>ký tự không mong đợi '%1'</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="223" />
        <source>unexpected word; expected true, false or null</source>
        <translation>từ không mong đợi; cần true, false hoặc null</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="252" />
        <source>a {{placeholder}} must hold one variable name and end with }}</source>
        <translation>một {{chỗ giữ}} phải chứa đúng một tên biến và kết thúc bằng }}</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="273" />
        <source>a number needs digits</source>
        <translation>một số cần có chữ số</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="278" />
        <source>a number needs digits after the decimal point</source>
        <translation>một số cần có chữ số sau dấu thập phân</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="285" />
        <source>a number needs digits in its exponent</source>
        <translation>một số cần có chữ số trong phần mũ</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="321" />
        <location filename="../src/json/jsonscanner.cpp" line="341" />
        <source>a string is not closed</source>
        <translation>một chuỗi chưa được đóng</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="328" />
        <source>a control character inside a string must be escaped</source>
        <translation>ký tự điều khiển trong chuỗi phải được thoát</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="383" />
        <source>\u must be followed by four hex digits</source>
        <translation>sau \u phải có bốn chữ số hex</translation>
    </message>
    <message>
        <location filename="../src/json/jsonscanner.cpp" line="404" />
        <source>unknown escape sequence \%1</source>
        <translation>chuỗi thoát không rõ \%1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <location filename="../src/json/jsontext.cpp" line="28" />
        <source>Valid JSON</source>
        <translation>JSON hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/json/jsontext.cpp" line="29" />
        <source>Line %1, column %2: %3</source>
        <translation>Dòng %1, cột %2: %3</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="35" />
        <source>Too large for a tree (%1 bytes); see the Text page.</source>
        <translation>Quá lớn để hiện dạng cây (%1 byte); xem trang Văn bản.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/json/jsontreemodel.cpp" line="90" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n phần tử</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/json/jsontreemodel.cpp" line="91" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành phần</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="161" />
        <source>object</source>
        <translation>đối tượng</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="163" />
        <source>array</source>
        <translation>mảng</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="165" />
        <source>string</source>
        <translation>chuỗi</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="167" />
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="169" />
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="173" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="216" />
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="218" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../src/json/jsontreemodel.cpp" line="220" />
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
</context>
<context>
    <name>LayerCache</name>
    <message>
        <location filename="../src/log/layercache.cpp" line="89" />
        <source>%1: malformed: %2</source>
        <translation>%1: sai dạng: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/log/layercache.cpp" line="91" />
        <source>(+%n more)</source>
        <translation>
            <numerusform>(thêm %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/log/layercache.cpp" line="211" />
        <source>(%1 of %2 binary attachments so far)</source>
        <translation>(%1 trên %2 phần đính kèm nhị phân đã đến)</translation>
    </message>
    <message>
        <location filename="../src/log/layercache.cpp" line="213" />
        <source>%1 of %2 binary attachments arrived before the next packet</source>
        <translation>%1 trên %2 phần đính kèm nhị phân đã đến trước gói tiếp theo</translation>
    </message>
    <message>
        <location filename="../src/log/layercache.cpp" line="248" />
        <source>(attachment %1 of %2 of %3)</source>
        <translation>(phần đính kèm %1 trên %2 của %3)</translation>
    </message>
</context>
<context>
    <name>LayerDriver</name>
    <message>
        <location filename="../src/workbench/layerdriver.cpp" line="89" />
        <source>No protocol layer is in use on this connection.</source>
        <translation>Kết nối này không dùng lớp giao thức nào.</translation>
    </message>
    <message>
        <location filename="../src/workbench/layerdriver.cpp" line="93" />
        <source>The connection is not open.</source>
        <translation>Kết nối chưa mở.</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="20" />
        <source>Answer heartbeats</source>
        <translation>Trả lời nhịp tim</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="25" />
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="29" />
        <source>Protocol layer</source>
        <translation>Lớp giao thức</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="30" />
        <source>Read this tab's messages as the packets of a protocol; Auto picks one from the subprotocol or the URL at every connect</source>
        <translation>Đọc các thông điệp của thẻ này như các gói của một giao thức; Tự động chọn theo giao thức con hoặc URL mỗi lần kết nối</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="32" />
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="33" />
        <source>Auto</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="38" />
        <source>Answer pings and send keep-alives as the protocol's client library would (Engine.IO pong, STOMP heart-beats, MQTT PUBACK and PINGREQ)</source>
        <translation>Trả lời ping và gửi tín hiệu duy trì như thư viện client của giao thức (pong của Engine.IO, nhịp tim STOMP, PUBACK và PINGREQ của MQTT)</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="43" />
        <source>Layer action</source>
        <translation>Thao tác của lớp</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="57" />
        <source>Protocol:</source>
        <translation>Giao thức:</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="62" />
        <source>Action:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="89" />
        <source>In use: %1</source>
        <translation>Đang dùng: %1</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="90" />
        <source>Decided when the tab connects</source>
        <translation>Được quyết định khi thẻ kết nối</translation>
    </message>
    <message>
        <location filename="../ui/protocols/layerpanel.cpp" line="181" />
        <source>No protocol layer is in use on this connection.</source>
        <translation>Kết nối này không dùng lớp giao thức nào.</translation>
    </message>
</context>
<context>
    <name>LayerSession</name>
    <message numerus="yes">
        <location filename="../src/protocols/layersession.cpp" line="130" />
        <source>(+%n attachment(s))</source>
        <translation>
            <numerusform>(+%n tệp đính kèm)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/protocols/layersession.cpp" line="36" />
        <source>%1 of %2 binary attachments arrived before the next packet</source>
        <translation>%1 trên %2 phần đính kèm nhị phân đã đến trước gói tiếp theo</translation>
    </message>
    <message>
        <location filename="../src/protocols/layersession.cpp" line="124" />
        <source>(reply to %1 #%2 after %3 ms)</source>
        <translation>(trả lời %1 #%2 sau %3 ms)</translation>
    </message>
</context>
<context>
    <name>LayerStream</name>
    <message numerus="yes">
        <location filename="../src/log/layerstream.cpp" line="119" />
        <source>part of a packet that a later message completes (%n byte(s) so far)</source>
        <translation>
            <numerusform>một phần của gói tin mà một thông điệp sau sẽ hoàn tất (%n byte cho đến giờ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="37" />
        <source>Search payloads (Ctrl+F)</source>
        <translation>Tìm trong dữ liệu (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="39" />
        <source>Search payloads</source>
        <translation>Tìm trong dữ liệu</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="40" />
        <location filename="../ui/log/logfilterbar.cpp" line="311" />
        <source>Shows only events whose full payload contains this text. Enter and Shift+Enter step through the matches.</source>
        <translation>Chỉ hiện các sự kiện có toàn bộ dữ liệu chứa chuỗi này. Enter và Shift+Enter để đi qua các kết quả.</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="45" />
        <location filename="../ui/log/logfilterbar.cpp" line="46" />
        <source>Match case</source>
        <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="50" />
        <source>Regular expression (PCRE syntax)</source>
        <translation>Biểu thức chính quy (cú pháp PCRE)</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="51" />
        <source>Regular expression</source>
        <translation>Biểu thức chính quy</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="52" />
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="55" />
        <source>Mark the matches and step through them, but keep every event in the log</source>
        <translation>Đánh dấu các kết quả khớp và duyệt qua chúng, nhưng vẫn giữ mọi sự kiện trong nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="61" />
        <source>Events shown</source>
        <translation>Sự kiện được hiện</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="62" />
        <source>Choose the direction and the kinds of event the log shows</source>
        <translation>Chọn chiều và loại sự kiện mà nhật ký hiển thị</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="64" />
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="66" />
        <source>Both directions</source>
        <translation>Cả hai chiều</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="67" />
        <source>Sent only</source>
        <translation>Chỉ đã gửi</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="68" />
        <source>Received only</source>
        <translation>Chỉ đã nhận</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="77" />
        <source>Kinds</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="89" />
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="90" />
        <source>Search Decoded Messages Too</source>
        <translation>Tìm cả trong tin nhắn đã giải mã</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="93" />
        <source>Search the decoded messages and the protocol layer's packet summaries too (the decoder is chosen on the detail pane's Decoded page); slower, as each message is decoded</source>
        <translation>Tìm cả trong tin nhắn đã giải mã và phần tóm tắt gói tin của lớp giao thức (bộ giải mã được chọn ở trang Đã giải mã của khung chi tiết); chậm hơn, vì mỗi tin nhắn đều được giải mã</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="97" />
        <source>Protocol Layer</source>
        <translation>Lớp giao thức</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="98" />
        <source>Hide Heartbeats</source>
        <translation>Ẩn nhịp tim</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="101" />
        <source>Leave out messages that are only the protocol layer's keep-alives (Engine.IO ping/pong, STOMP heart-beats, MQTT PINGREQ…)</source>
        <translation>Bỏ qua các thông điệp chỉ là tín hiệu duy trì của lớp giao thức (ping/pong của Engine.IO, nhịp tim STOMP, PINGREQ của MQTT…)</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="105" />
        <source>Packet Types</source>
        <translation>Loại gói</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="115" />
        <source>Match count</source>
        <translation>Số kết quả</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="117" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Kết quả trước (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="118" />
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="120" />
        <source>Next match (Enter)</source>
        <translation>Kết quả sau (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="121" />
        <source>Next match</source>
        <translation>Kết quả sau</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="125" />
        <source>Time column</source>
        <translation>Cột thời gian</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="126" />
        <source>Show the time of day, the time since the connection opened, or the time since the previous event</source>
        <translation>Hiện giờ trong ngày, thời gian từ lúc kết nối mở, hoặc thời gian từ sự kiện trước</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="129" />
        <source>Clock time</source>
        <translation>Giờ đồng hồ</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="130" />
        <source>Since open</source>
        <translation>Từ lúc mở</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="131" />
        <source>Since previous</source>
        <translation>Từ sự kiện trước</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="195" />
        <source>Show: all</source>
        <translation>Hiện: tất cả</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="197" />
        <source>Show: %1</source>
        <translation>Hiện: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/logfilterbar.cpp" line="199" />
        <source>Show: %n kind(s) hidden</source>
        <translation>
            <numerusform>Hiện: ẩn %n loại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="217" />
        <source>Show All Packet Types</source>
        <translation>Hiện mọi loại gói</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="227" />
        <source>Show messages with a %1 packet</source>
        <translation>Hiện các thông điệp có gói %1</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="318" />
        <source>match %1 of %2</source>
        <translation>kết quả %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/logfilterbar.cpp" line="321" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả khớp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="323" />
        <source>%1 of %2 events</source>
        <translation>%1 / %2 sự kiện</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="332" />
        <source>searching… %1%</source>
        <translation>đang tìm… %1%</translation>
    </message>
    <message>
        <location filename="../ui/log/logfilterbar.cpp" line="349" />
        <source>invalid pattern</source>
        <translation>mẫu không hợp lệ</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <location filename="../src/log/logsearch.cpp" line="108" />
        <source>Regex error at character %1: %2</source>
        <translation>Lỗi biểu thức chính quy tại ký tự %1: %2</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../ui/log/logview.ui" line="13" />
        <source>Event log</source>
        <translation>Nhật ký sự kiện</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="27" />
        <source>Dropped events notice</source>
        <translation>Thông báo sự kiện bị bỏ</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="32" />
        <source>Event count</source>
        <translation>Số sự kiện</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="42" />
        <location filename="../ui/log/logview.cpp" line="421" />
        <source>Freeze</source>
        <translation>Đóng băng</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="43" />
        <source>Keep the view still while events keep arriving</source>
        <translation>Giữ nguyên khung nhìn trong khi sự kiện vẫn đến</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="44" />
        <source>Freeze view</source>
        <translation>Đóng băng khung nhìn</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="49" />
        <source>Scroll to the newest event and keep following new ones</source>
        <translation>Cuộn đến sự kiện mới nhất và tiếp tục theo dõi sự kiện mới</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="54" />
        <source>Clear log</source>
        <translation>Xóa nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.ui" line="55" />
        <source>Remove every event from this log</source>
        <translation>Xóa mọi sự kiện khỏi nhật ký này</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="184" />
        <source>Clear Log</source>
        <translation>Xóa nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="185" />
        <source>Remove all %1 events from this log? The recording on disk is kept.</source>
        <translation>Xóa toàn bộ %1 sự kiện khỏi nhật ký này? Bản ghi trên đĩa vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="236" />
        <source>%1 oldest events dropped (the log keeps %2; see Preferences). The recording on disk has them all.</source>
        <translation>Đã bỏ %1 sự kiện cũ nhất (nhật ký giữ %2; xem Tùy chọn). Bản ghi trên đĩa vẫn có đủ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/logview.cpp" line="397" />
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="411" />
        <source>Following new events</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="415" />
        <source>Resume autoscroll (%1 new)</source>
        <translation>Tiếp tục tự cuộn (%1 mới)</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="416" />
        <source>Resume autoscroll</source>
        <translation>Tiếp tục tự cuộn</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="420" />
        <source>Frozen · %1 new</source>
        <translation>Đã đóng băng · %1 mới</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="546" />
        <source>Resend</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="549" />
        <source>Copy to Composer</source>
        <translation>Chép vào khung soạn</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="553" />
        <source>Save as Template…</source>
        <translation>Lưu thành mẫu…</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="563" />
        <source>Copy Rows</source>
        <translation>Sao chép hàng</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="565" />
        <source>Copy Payloads</source>
        <translation>Sao chép dữ liệu</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="569" />
        <source>Save Selected…</source>
        <translation>Lưu phần đã chọn…</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="573" />
        <source>Freeze View</source>
        <translation>Đóng băng khung nhìn</translation>
    </message>
    <message>
        <location filename="../ui/log/logview.cpp" line="576" />
        <source>Clear Log…</source>
        <translation>Xóa nhật ký…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="6" />
        <location filename="../ui/window/mainwindow.cpp" line="459" />
        <location filename="../ui/window/mainwindow.cpp" line="466" />
        <source>Wsprobe</source>
        <translation>Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="18" />
        <source>Connections and sessions</source>
        <translation>Kết nối và phiên</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="36" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="40" />
        <source>&amp;Connection</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="53" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="62" />
        <source>&amp;Tools</source>
        <translation>Công &amp;cụ</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="68" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="78" />
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="93" />
        <source>&amp;New Connection Tab</source>
        <translation>Thẻ &amp;kết nối mới</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="94" />
        <source>Open another connection in a new tab (Ctrl+T)</source>
        <translation>Mở thêm một kết nối trong thẻ mới (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="98" />
        <source>Close &amp;Tab</source>
        <translation>Đóng &amp;thẻ</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="99" />
        <source>Close the current tab; its connection is closed (Ctrl+W)</source>
        <translation>Đóng thẻ hiện tại; kết nối của nó sẽ bị đóng (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="103" />
        <source>Re&amp;name Tab…</source>
        <translation>Đổi tê&amp;n thẻ…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="104" />
        <source>Give the current tab a name of your own (F2)</source>
        <translation>Đặt tên riêng cho thẻ hiện tại (F2)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="108" />
        <source>&amp;Find in Log</source>
        <translation>&amp;Tìm trong nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="109" />
        <source>Search the full payloads of the current log (Ctrl+F)</source>
        <translation>Tìm trong toàn bộ dữ liệu của nhật ký hiện tại (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="113" />
        <source>F&amp;reeze Log View</source>
        <translation>Đóng &amp;băng khung nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="114" />
        <source>Keep the log still while events keep arriving (Ctrl+Shift+F)</source>
        <translation>Giữ nguyên nhật ký trong khi sự kiện vẫn đến (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="119" />
        <source>&amp;Compose</source>
        <translation>&amp;Soạn tin</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="120" />
        <source>Put the cursor in the message editor (Ctrl+E)</source>
        <translation>Đưa con trỏ vào ô soạn tin (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="124" />
        <source>&amp;Templates</source>
        <translation>&amp;Mẫu tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="125" />
        <source>Show the library of saved messages (Ctrl+Shift+L)</source>
        <translation>Hiện thư viện tin nhắn đã lưu (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="130" />
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="131" />
        <source>Fonts, log size, theme and language (Ctrl+,)</source>
        <translation>Phông chữ, kích thước nhật ký, giao diện và ngôn ngữ (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="136" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="185" />
        <source>Scroll to the newest event and keep following (Ctrl+End)</source>
        <translation>Cuộn đến sự kiện mới nhất và tiếp tục theo dõi (Ctrl+End)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="141" />
        <source>Edit &amp;URL</source>
        <translation>Sửa &amp;URL</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="142" />
        <source>Put the cursor in the URL field</source>
        <translation>Đưa con trỏ vào ô URL</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="147" />
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="148" />
        <source>Open a WebSocket connection to the URL (F5)</source>
        <translation>Mở kết nối WebSocket đến URL (F5)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="153" />
        <source>&amp;Disconnect</source>
        <translation>&amp;Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="154" />
        <source>Close normally with code 1000, or cancel a connection attempt (Shift+F5)</source>
        <translation>Đóng bình thường với mã 1000, hoặc hủy lần kết nối đang thử (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="159" />
        <source>C&amp;lose With Code…</source>
        <translation>Đó&amp;ng với mã…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="160" />
        <source>Close with a chosen code and reason (Ctrl+Shift+W)</source>
        <translation>Đóng với mã và lý do tự chọn (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="164" />
        <source>&amp;Handshake…</source>
        <translation>&amp;Bắt tay…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="165" />
        <source>Inspect the opening handshake: request, response, and the connection as a command line (Ctrl+H)</source>
        <translation>Xem bắt tay mở: yêu cầu, phản hồi, và kết nối dưới dạng dòng lệnh (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="169" />
        <source>Copy &amp;As Command or Code…</source>
        <translation>Chép thành lệnh hoặc &amp;mã…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="170" />
        <source>The connection in the panel as a wscat, websocat or wsprobe-cli command, or as JavaScript, Node.js or Python code</source>
        <translation>Kết nối trong bảng dưới dạng lệnh wscat, websocat hoặc wsprobe-cli, hoặc mã JavaScript, Node.js hoặc Python</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="174" />
        <source>&amp;Ping</source>
        <translation>&amp;Ping</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="175" />
        <source>Send a ping frame and measure the round trip (Ctrl+P)</source>
        <translation>Gửi khung ping và đo thời gian khứ hồi (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="179" />
        <source>&amp;Send Message</source>
        <translation>&amp;Gửi tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="180" />
        <source>Send what is in the send box (Ctrl+Enter)</source>
        <translation>Gửi nội dung trong ô soạn (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="184" />
        <source>&amp;Follow New Events</source>
        <translation>&amp;Theo dõi sự kiện mới</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="190" />
        <source>C&amp;lear Log</source>
        <translation>Xóa &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="191" />
        <source>Remove every event from the log (Ctrl+K)</source>
        <translation>Xóa mọi sự kiện khỏi nhật ký (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="196" />
        <source>Start &amp;Demo Server</source>
        <translation>Chạy máy chủ &amp;demo</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="197" />
        <source>Start Demo</source>
        <translation>Chạy demo</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="197" />
        <source>Run the built-in test server on 127.0.0.1 (/echo, /ticker, /binary) and fill in its URL</source>
        <translation>Chạy máy chủ thử nghiệm tích hợp trên 127.0.0.1 (/echo, /ticker, /binary) và điền URL của nó</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="200" />
        <source>&amp;Open Session…</source>
        <translation>&amp;Mở phiên…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="201" />
        <source>Open a recorded session (.wsprobe.jsonl) or wsprobe-cli --json output in a read-only tab (Ctrl+O)</source>
        <translation>Mở một phiên đã ghi (.wsprobe.jsonl) hoặc đầu ra wsprobe-cli --json trong một thẻ chỉ đọc (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="205" />
        <source>&amp;Import HAR…</source>
        <translation>&amp;Nhập HAR…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="206" />
        <source>Open a WebSocket entry of a HAR file saved by Chrome, Edge or Firefox DevTools</source>
        <translation>Mở một mục WebSocket của tệp HAR được lưu từ DevTools của Chrome, Edge hoặc Firefox</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="210" />
        <source>&amp;Recent Sessions…</source>
        <translation>&amp;Phiên gần đây…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="211" />
        <source>Every connection is recorded; reopen or delete the recordings</source>
        <translation>Mọi kết nối đều được ghi lại; mở lại hoặc xóa các bản ghi</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="215" />
        <source>&amp;Save Session As…</source>
        <translation>&amp;Lưu phiên thành…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="216" />
        <source>Save the current tab as a session, HAR or text transcript, all rows or the selected ones (Ctrl+S)</source>
        <translation>Lưu thẻ hiện tại thành phiên, HAR hoặc bản ghi văn bản, toàn bộ hoặc các dòng đã chọn (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="220" />
        <source>Re&amp;play Session…</source>
        <translation>&amp;Phát lại phiên…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="221" />
        <source>Send the current tab's outgoing messages again and compare the replies (Ctrl+R)</source>
        <translation>Gửi lại các tin nhắn đi của thẻ hiện tại và so sánh phản hồi (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.ui" line="225" />
        <source>&amp;About Wsprobe</source>
        <translation>&amp;Giới thiệu Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="166" />
        <source>Double-click to rename</source>
        <translation>Nhấp đúp để đổi tên</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="221" />
        <source>Wsprobe tab closed</source>
        <translation>Thẻ Wsprobe đã đóng</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="262" />
        <source>Rename Tab</source>
        <translation>Đổi tên thẻ</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="262" />
        <source>Name (empty: use the URL):</source>
        <translation>Tên (để trống: dùng URL):</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="277" />
        <source>%1 — %2 · double-click to rename</source>
        <translation>%1 — %2 · nhấp đúp để đổi tên</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="81" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="449" />
        <source>Replay: %1</source>
        <translation>Phát lại: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="460" />
        <source>%1 — Wsprobe</source>
        <translation>%1 — Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="469" />
        <source>%1 — %2 — Wsprobe</source>
        <translation>%1 — %2 — Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="474" />
        <source>About Wsprobe</source>
        <translation>Giới thiệu Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="475" />
        <source>&lt;h3&gt;Wsprobe %1&lt;/h3&gt;&lt;p&gt;A WebSocket test and debugging tool: connect, see what crosses the wire, poke the server, keep what happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wsprobe %1&lt;/h3&gt;&lt;p&gt;Công cụ kiểm thử và gỡ lỗi WebSocket: kết nối, xem những gì đi qua đường truyền, thử máy chủ, lưu lại những gì đã xảy ra.&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="490" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="491" />
        <source>The new language is used from the next start of Wsprobe.</source>
        <translation>Ngôn ngữ mới được dùng từ lần khởi động Wsprobe tiếp theo.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="598" />
        <source>Wsprobe window closed</source>
        <translation>Cửa sổ Wsprobe đã đóng</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="259" />
        <source>Name (empty: the usual name):</source>
        <translation>Tên (để trống: dùng tên mặc định):</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <location filename="../src/session/mappedfile.cpp" line="27" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <location filename="../src/session/mappedfile.cpp" line="32" />
        <source>Cannot open %1: %2</source>
        <translation>Không thể mở %1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/mappedfile.cpp" line="42" />
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageAssembler</name>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="47" />
        <source>the server sent a continuation frame with no message to continue</source>
        <translation>máy chủ gửi khung tiếp nối khi không có tin nhắn nào để tiếp nối</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="50" />
        <source>the client started a new %1 message before finishing the previous one</source>
        <translation>máy khách bắt đầu một tin nhắn %1 mới trước khi kết thúc tin nhắn trước</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="52" />
        <source>the server started a new %1 message before finishing the previous one</source>
        <translation>máy chủ bắt đầu tin nhắn %1 mới trước khi kết thúc tin nhắn trước</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="62" />
        <source>the client set RSV1 on a continuation frame</source>
        <translation>máy khách đặt bit RSV1 trên một khung tiếp nối</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="63" />
        <source>the server set RSV1 on a continuation frame</source>
        <translation>máy chủ đặt bit RSV1 trên một khung tiếp nối</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="66" />
        <source>the client's message exceeds this server's limit of %1 bytes per message</source>
        <translation>tin nhắn của máy khách vượt giới hạn %1 byte mỗi tin nhắn của máy chủ này</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="68" />
        <source>the server's message exceeds Wsprobe's limit of %1 bytes per message (change it with --max-message-size, or Max message size in the connection panel)</source>
        <translation>tin nhắn của máy chủ vượt giới hạn %1 byte mỗi tin nhắn của Wsprobe (đổi bằng --max-message-size, hoặc Tin nhắn tối đa trong bảng kết nối)</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="87" />
        <source>the client's text message ends in the middle of a UTF-8 character</source>
        <translation>tin nhắn văn bản của máy khách kết thúc giữa một ký tự UTF-8</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="94" />
        <source>the client's compressed message inflates beyond this server's limit of %1 bytes per message</source>
        <translation>tin nhắn nén của máy khách giải nén vượt giới hạn %1 byte mỗi tin nhắn của máy chủ này</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="96" />
        <source>the server's compressed message inflates beyond Wsprobe's limit of %1 bytes per message (change it with --max-message-size, or Max message size in the connection panel)</source>
        <translation>tin nhắn nén của máy chủ khi giải nén vượt giới hạn %1 byte mỗi tin nhắn của Wsprobe (đổi bằng --max-message-size, hoặc Tin nhắn tối đa trong bảng kết nối)</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="37" />
        <source>the server sent a text message that is not valid UTF-8</source>
        <translation>máy chủ gửi tin nhắn văn bản không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="36" />
        <source>the client sent a text message that is not valid UTF-8</source>
        <translation>máy khách gửi một tin nhắn văn bản không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="45" />
        <source>the client sent a continuation frame with no message to continue</source>
        <translation>máy khách gửi một khung tiếp nối khi không có tin nhắn nào để tiếp nối</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="88" />
        <source>the server's text message ends in the middle of a UTF-8 character</source>
        <translation>tin nhắn văn bản của máy chủ kết thúc giữa một ký tự UTF-8</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="102" />
        <source>the client's compressed message is not valid deflate data</source>
        <translation>tin nhắn nén của máy khách không phải dữ liệu deflate hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/messageassembler.cpp" line="103" />
        <source>the server's compressed message is not valid deflate data</source>
        <translation>tin nhắn nén của máy chủ không phải dữ liệu deflate hợp lệ</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="58" />
        <source>Event summary</source>
        <translation>Tóm tắt sự kiện</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="68" />
        <source>Payload text</source>
        <translation>Dữ liệu dạng văn bản</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="73" />
        <source>Payload as a JSON tree</source>
        <translation>Dữ liệu dạng cây JSON</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="74" />
        <source>Right-click a member to copy its value or its JSON path</source>
        <translation>Nhấp chuột phải vào một thành phần để sao chép giá trị hoặc đường dẫn JSON</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="81" />
        <source>Payload as a hex dump</source>
        <translation>Dữ liệu dạng hex</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="84" />
        <source>Payload as a picture</source>
        <translation>Dữ liệu dạng hình ảnh</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="88" />
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="89" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="90" />
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="91" />
        <source>Image</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="99" />
        <source>Decoded</source>
        <translation>Đã giải mã</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="100" />
        <source>The message through the log's decoder pipeline: base64, zlib, MessagePack, CBOR, Protocol Buffers…</source>
        <translation>Tin nhắn qua chuỗi bước giải mã của nhật ký: base64, zlib, MessagePack, CBOR, Protocol Buffers…</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="108" />
        <source>Packets at the protocol layer</source>
        <translation>Các gói ở lớp giao thức</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="112" />
        <source>Packets as a JSON tree</source>
        <translation>Các gói dưới dạng cây JSON</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="116" />
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="118" />
        <source>The message as the protocol layer reads it: its packets, replies paired with their requests, attachments put back in place</source>
        <translation>Thông điệp như lớp giao thức đọc nó: các gói, các phản hồi được ghép với yêu cầu của chúng, các phần đính kèm được đặt lại đúng chỗ</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="127" />
        <source>Pretty</source>
        <translation>Định dạng đẹp</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="130" />
        <source>Show JSON one member per line on the Text page</source>
        <translation>Hiện JSON mỗi thành phần một dòng trên trang Văn bản</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="145" />
        <source>Select an event to see it in full.</source>
        <translation>Chọn một sự kiện để xem đầy đủ.</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="198" />
        <source>(binary payload: see the Hex page)</source>
        <translation>(dữ liệu nhị phân: xem trang Hex)</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="203" />
        <source>

… the first %1 bytes of %2 are shown; the Hex page and Copy Payloads have all of it.</source>
        <translation>

… đang hiện %1 byte đầu trên tổng %2; trang Hex và Sao chép dữ liệu có toàn bộ.</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="238" />
        <source> · %1 image %2×%3</source>
        <translation> · ảnh %1 %2×%3</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="246" />
        <source>This %1 image is damaged and cannot be shown.</source>
        <translation>Ảnh %1 này bị hỏng và không hiển thị được.</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="248" />
        <source>%1 images need Qt's image format plugins (qt6-image-formats-plugins).</source>
        <translation>Ảnh %1 cần các plugin định dạng ảnh của Qt (qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="281" />
        <source>%1: malformed: %2</source>
        <translation>%1: sai dạng: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/messagedetail.cpp" line="286" />
        <source>%1, %n packet(s):</source>
        <translation>
            <numerusform>%1, %n gói:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="359" />
        <source>Copy Value</source>
        <translation>Sao chép giá trị</translation>
    </message>
    <message>
        <location filename="../ui/log/messagedetail.cpp" line="360" />
        <source>Copy JSON Path</source>
        <translation>Sao chép đường dẫn JSON</translation>
    </message>
</context>
<context>
    <name>MessageMatcher</name>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="188" />
        <source>Regex error at character %1: %2</source>
        <translation>Lỗi biểu thức chính quy tại ký tự %1: %2</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="366" />
        <source>missing; one of any, plain, regex, jsonEquals, jsonMatches, binaryPrefix</source>
        <translation>bị thiếu; một trong any, plain, regex, jsonEquals, jsonMatches, binaryPrefix</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="368" />
        <location filename="../src/match/messagematcher.cpp" line="383" />
        <source>must be a string</source>
        <translation>phải là một chuỗi</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="372" />
        <source>unknown matcher type "%1"; one of any, plain, regex, jsonEquals, jsonMatches, binaryPrefix</source>
        <translation>kiểu bộ so khớp "%1" không xác định; một trong any, plain, regex, jsonEquals, jsonMatches, binaryPrefix</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="382" />
        <source>missing (a %1 matcher needs it)</source>
        <translation>bị thiếu (bộ so khớp %1 cần nó)</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="402" />
        <source>missing (the JSON value to compare with: "ack", 3, true, null…)</source>
        <translation>bị thiếu (giá trị JSON để so sánh: "ack", 3, true, null…)</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="419" />
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="430" />
        <source>must be "in", "out" or "any"</source>
        <translation>phải là "in", "out" hoặc "any"</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="441" />
        <source>must be "text", "binary" or "any"</source>
        <translation>phải là "text", "binary" hoặc "any"</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="445" />
        <source>not a key of a %1 matcher</source>
        <translation>không phải là khóa của bộ so khớp %1</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="460" />
        <source>any message</source>
        <translation>mọi thông điệp</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="463" />
        <source>contains "%1"</source>
        <translation>chứa "%1"</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="475" />
        <source>starts with %1</source>
        <translation>bắt đầu bằng %1</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="479" />
        <source> (any case)</source>
        <translation> (không phân biệt hoa thường)</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="481" />
        <source>in: </source>
        <translation>vào: </translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="481" />
        <source>out: </source>
        <translation>ra: </translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="483" />
        <source> [text]</source>
        <translation> [văn bản]</translation>
    </message>
    <message>
        <location filename="../src/match/messagematcher.cpp" line="483" />
        <source> [binary]</source>
        <translation> [nhị phân]</translation>
    </message>
</context>
<context>
    <name>MqttLayer</name>
    <message>
        <location filename="../src/protocols/mqttreader.h" line="29" />
        <source>%1 at byte %2 runs past the end of the packet</source>
        <translation>%1 tại byte %2 vượt quá cuối gói</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.h" line="64" />
        <source>%1 at byte %2 is a variable integer longer than 4 bytes</source>
        <translation>%1 tại byte %2 là một số nguyên độ dài biến đổi dài hơn 4 byte</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="56" />
        <source>MQTT 5.0</source>
        <translation>MQTT 5.0</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="56" />
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="82" />
        <source>an empty message holds no MQTT packet</source>
        <translation>một thông điệp rỗng không chứa gói MQTT nào</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="97" />
        <source>packet type 0 at byte %1 is reserved (or this message continues a packet begun in an earlier one)</source>
        <translation>loại gói 0 tại byte %1 được dành riêng (hoặc thông điệp này là phần tiếp của một gói bắt đầu ở thông điệp trước)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="104" />
        <source>the remaining length</source>
        <translation>độ dài còn lại</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="106" />
        <location filename="../src/protocols/mqttlayer.cpp" line="137" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="111" />
        <source>%1: %2 bytes announced at byte %3, %4 in the message (a packet split across messages is not put together)</source>
        <translation>%1: %2 byte được báo tại byte %3, thông điệp có %4 (một gói bị chia qua nhiều thông điệp không được ghép lại)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="123" />
        <source>%1: flags %2 at byte %3 must be %4</source>
        <translation>%1: cờ %2 tại byte %3 phải là %4</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="8" />
        <source>the properties length</source>
        <translation>độ dài phần thuộc tính</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="9" />
        <source>the properties</source>
        <translation>phần thuộc tính</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="15" />
        <source>a property identifier</source>
        <translation>một mã định danh thuộc tính</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="17" />
        <source>property %1</source>
        <translation>thuộc tính %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="42" />
        <source>the subscription identifier</source>
        <translation>mã định danh đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="59" />
        <source>a user property's name</source>
        <translation>tên của một thuộc tính người dùng</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="60" />
        <source>a user property's value</source>
        <translation>giá trị của một thuộc tính người dùng</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="66" />
        <source>property identifier %1 at byte %2 is not defined</source>
        <translation>mã thuộc tính %1 tại byte %2 không được định nghĩa</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttreader.cpp" line="72" />
        <source>the properties end at byte %1, not %2</source>
        <translation>các thuộc tính kết thúc tại byte %1, không phải %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="156" />
        <source>the packet identifier</source>
        <translation>mã gói</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="162" />
        <source>the protocol name</source>
        <translation>tên giao thức</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="163" />
        <source>the protocol level</source>
        <translation>mức giao thức</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="167" />
        <source>protocol name "%1" is not MQTT</source>
        <translation>tên giao thức "%1" không phải MQTT</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="171" />
        <source>protocol level %1 is not 3, 4 (3.1.1) or 5</source>
        <translation>mức giao thức %1 không phải 3, 4 (3.1.1) hay 5</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="175" />
        <source>the connect flags</source>
        <translation>cờ kết nối</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="176" />
        <source>the keep alive</source>
        <translation>thời gian duy trì</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="183" />
        <source>the client identifier</source>
        <translation>mã client</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="188" />
        <source>the will topic</source>
        <translation>chủ đề di chúc</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="189" />
        <source>the will payload</source>
        <translation>nội dung di chúc</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="193" />
        <source>the user name</source>
        <translation>tên người dùng</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="195" />
        <source>the password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="199" />
        <source>CONNECT %1 (MQTT %2, keep alive %3 s)</source>
        <translation>CONNECT %1 (MQTT %2, duy trì %3 giây)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="205" />
        <source>the acknowledge flags</source>
        <translation>cờ xác nhận</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="206" />
        <source>the return code</source>
        <translation>mã trả về</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="212" />
        <source>CONNACK code %1%2</source>
        <translation>CONNACK mã %1%2</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="212" />
        <source> (accepted)</source>
        <translation> (được chấp nhận)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="212" />
        <source> (refused)</source>
        <translation> (bị từ chối)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="218" />
        <source>QoS 3 does not exist</source>
        <translation>QoS 3 không tồn tại</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="221" />
        <source>the topic</source>
        <translation>chủ đề</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="260" />
        <location filename="../src/protocols/mqttlayer.cpp" line="324" />
        <source>the reason code</source>
        <translation>mã lý do</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="266" />
        <source>a reason code</source>
        <translation>một mã lý do</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="282" />
        <source>a topic filter</source>
        <translation>một bộ lọc chủ đề</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="285" />
        <source>the subscription options</source>
        <translation>các tùy chọn đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="295" />
        <source>no topic filter</source>
        <translation>không có bộ lọc chủ đề nào</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="309" />
        <source>a return code</source>
        <translation>một mã trả về</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="320" />
        <source>AUTH exists in MQTT 5 only</source>
        <translation>AUTH chỉ có trong MQTT 5</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocols/mqttlayer.cpp" line="330" />
        <source>%n byte(s) left over at byte %1</source>
        <translation>
            <numerusform>còn thừa %n byte tại byte %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="335" />
        <source>QoS (0, 1, 2)</source>
        <translation>QoS (0, 1, 2)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="339" />
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="340" />
        <source>Client id</source>
        <translation>Mã client</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="342" />
        <source>Version (4 = 3.1.1, 5)</source>
        <translation>Phiên bản (4 = 3.1.1, 5)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="344" />
        <source>Keep alive (s)</source>
        <translation>Duy trì (giây)</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="346" />
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="347" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="349" />
        <source>Subscribe</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="350" />
        <location filename="../src/protocols/mqttlayer.cpp" line="360" />
        <source>Topic filter</source>
        <translation>Bộ lọc chủ đề</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="353" />
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="354" />
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="355" />
        <source>Payload</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="357" />
        <source>Retain</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="359" />
        <source>Unsubscribe</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="361" />
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="362" />
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="380" />
        <source>%1: a number from 0 to %2</source>
        <translation>%1: một số từ 0 đến %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="397" />
        <source>version: 4 (MQTT 3.1.1) or 5</source>
        <translation>version: 4 (MQTT 3.1.1) hoặc 5</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="416" />
        <source>topic: which topic filter?</source>
        <translation>topic: bộ lọc chủ đề nào?</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="432" />
        <source>topic: where to publish?</source>
        <translation>topic: xuất bản vào đâu?</translation>
    </message>
    <message>
        <location filename="../src/protocols/mqttlayer.cpp" line="451" />
        <source>MQTT has no action "%1"</source>
        <translation>MQTT không có thao tác "%1"</translation>
    </message>
</context>
<context>
    <name>MsgPackCodec</name>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="219" />
        <source>MessagePack: %1</source>
        <translation>MessagePack: %1</translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="225" />
        <source>MessagePack nested deeper than %1 levels</source>
        <translation>MessagePack lồng sâu hơn %1 cấp</translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="228" />
        <source>the MessagePack value is cut off</source>
        <translation>giá trị MessagePack bị cắt cụt</translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="231" />
        <source>byte 0x%1 starts no MessagePack value</source>
        <translation>byte 0x%1 không mở đầu giá trị MessagePack nào</translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="238" />
        <source>%1 bytes follow the MessagePack value</source>
        <translation>còn %1 byte sau giá trị MessagePack</translation>
    </message>
    <message>
        <location filename="../src/decode/msgpackcodec.cpp" line="264" />
        <location filename="../src/decode/msgpackcodec.cpp" line="271" />
        <source>this build has no MessagePack support (WSPROBE_MSGPACK)</source>
        <translation>bản dựng này không hỗ trợ MessagePack (WSPROBE_MSGPACK)</translation>
    </message>
</context>
<context>
    <name>OnOpenPanel</name>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="14" />
        <source>Sent in this order after every open, and again after every reconnect. Variables are expanded each time.</source>
        <translation>Được gửi theo thứ tự này sau mỗi lần mở, và lại sau mỗi lần kết nối lại. Biến được thay giá trị mỗi lần.</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="20" />
        <source>Messages sent on open</source>
        <translation>Tin nhắn gửi khi mở</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="32" />
        <source>Add from composer</source>
        <translation>Thêm từ ô soạn</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="32" />
        <source>Add the composer's message to the list</source>
        <translation>Thêm tin nhắn trong ô soạn vào danh sách</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="34" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="34" />
        <source>Remove the selected message</source>
        <translation>Xóa tin nhắn đã chọn</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="35" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="35" />
        <source>Send the selected message earlier</source>
        <translation>Gửi tin nhắn đã chọn sớm hơn</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="36" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../ui/compose/onopenpanel.cpp" line="36" />
        <source>Send the selected message later</source>
        <translation>Gửi tin nhắn đã chọn muộn hơn</translation>
    </message>
</context>
<context>
    <name>OpeningHandshake</name>
    <message>
        <location filename="../src/protocol/client/openinghandshake.cpp" line="59" />
        <source>The server at %1 sent an invalid handshake response: %2</source>
        <translation>Máy chủ tại %1 gửi phản hồi bắt tay không hợp lệ: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/openinghandshake.cpp" line="99" />
        <source>The server at %1 refused the WebSocket upgrade: %2</source>
        <translation>Máy chủ tại %1 từ chối nâng cấp WebSocket: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/openinghandshake.cpp" line="102" />
        <source> — body: %1</source>
        <translation> — nội dung: %1</translation>
    </message>
</context>
<context>
    <name>OutgoingMessage</name>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="33" />
        <source>"%1" at position %2 is not a base64 character.</source>
        <translation>"%1" ở vị trí %2 không phải ký tự base64.</translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="37" />
        <source>"=" padding at position %1 comes before the end.</source>
        <translation>Phần đệm "=" ở vị trí %1 đứng trước phần cuối.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/compose/outgoingmessage.cpp" line="42" />
        <source>The base64 text ends in the middle of a group: %n character(s) too many or missing "=" padding.</source>
        <translation>
            <numerusform>Văn bản base64 kết thúc giữa một nhóm: thừa %n ký tự hoặc thiếu phần đệm "=".</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="108" />
        <source>Choose a file to send first.</source>
        <translation>Hãy chọn tệp để gửi trước.</translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="113" />
        <source>%1 is larger than 2 GiB, more than one WebSocket message can carry here.</source>
        <translation>%1 lớn hơn 2 GiB, vượt quá mức một tin nhắn WebSocket có thể mang ở đây.</translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="118" />
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="132" />
        <source>Not valid base64: only A–Z, a–z, 0–9, +, / and = padding are allowed.</source>
        <translation>Base64 không hợp lệ: chỉ cho phép A–Z, a–z, 0–9, +, / và dấu = đệm.</translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="134" />
        <source>Not valid base64: %1</source>
        <translation>Không phải base64 hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="152" />
        <source>Not valid JSON — %1. Switch to Text to send it anyway.</source>
        <translation>JSON không hợp lệ — %1. Chuyển sang Văn bản để vẫn gửi.</translation>
    </message>
    <message>
        <location filename="../src/compose/outgoingmessage.cpp" line="176" />
        <source>Not valid base64.</source>
        <translation>Không phải base64 hợp lệ.</translation>
    </message>
</context>
<context>
    <name>PayloadInspector</name>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="50" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="52" />
        <source> · sent</source>
        <translation> · đã gửi</translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="54" />
        <source> · received</source>
        <translation> · đã nhận</translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="55" />
        <source> · %1 bytes</source>
        <translation> · %1 byte</translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="57" />
        <source> · %1 bytes on the wire (compressed)</source>
        <translation> · %1 byte trên đường truyền (đã nén)</translation>
    </message>
    <message>
        <location filename="../src/log/payloadinspector.cpp" line="59" />
        <source> · %1 characters</source>
        <translation> · %1 ký tự</translation>
    </message>
</context>
<context>
    <name>PerMessageDeflate</name>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="29" />
        <source>The server repeated the permessage-deflate parameter "%1".</source>
        <translation>Máy chủ lặp lại tham số permessage-deflate "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="38" />
        <source>The server's permessage-deflate parameter %1=%2 is not a window size from 8 to 15.</source>
        <translation>Tham số permessage-deflate %1=%2 của máy chủ không phải kích thước cửa sổ từ 8 đến 15.</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="57" />
        <source>The server answered permessage-deflate with the parameter "%1", which was not offered or is malformed.</source>
        <translation>Máy chủ trả lời permessage-deflate với tham số "%1", tham số không được đề nghị hoặc sai định dạng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="80" />
        <source>The client repeated the permessage-deflate parameter "%1".</source>
        <translation>Máy khách lặp lại tham số permessage-deflate "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/permessagedeflate.cpp" line="98" />
        <source>The client offered permessage-deflate with the parameter "%1", which is unknown or malformed.</source>
        <translation>Máy khách đề nghị permessage-deflate với tham số "%1", tham số không xác định hoặc sai dạng.</translation>
    </message>
</context>
<context>
    <name>PeriodicSender</name>
    <message>
        <location filename="../src/compose/periodicsender.cpp" line="23" />
        <source>Not connected: connect before starting the periodic sender.</source>
        <translation>Chưa kết nối: hãy kết nối trước khi bắt đầu gửi định kỳ.</translation>
    </message>
    <message>
        <location filename="../src/compose/periodicsender.cpp" line="65" />
        <source>The connection refused the message.</source>
        <translation>Kết nối đã từ chối tin nhắn.</translation>
    </message>
</context>
<context>
    <name>PongScheduler</name>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="31" />
        <source>%n client ping(s) went unanswered: while the client was not reading, Wsprobe answered only the latest ping, as RFC 6455 §5.5.3 allows.</source>
        <translation>
            <numerusform>%n ping của máy khách không được trả lời: trong lúc máy khách không đọc, Wsprobe chỉ trả lời ping mới nhất, như RFC 6455 §5.5.3 cho phép.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="35" />
        <source>%n client ping(s) went unanswered: the client stopped reading, so its pongs could not be written.</source>
        <translation>
            <numerusform>%n ping của máy khách không được trả lời: máy khách đã ngừng đọc nên không thể ghi pong cho nó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="38" />
        <source>%n server ping(s) went unanswered: while the server was not reading, Wsprobe answered only the latest ping, as RFC 6455 §5.5.3 allows.</source>
        <translation>
            <numerusform>%n ping của máy chủ không được trả lời: trong lúc máy chủ không đọc, Wsprobe chỉ trả lời ping mới nhất, như RFC 6455 §5.5.3 cho phép.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocol/frame/pongscheduler.cpp" line="41" />
        <source>%n server ping(s) went unanswered: the server stopped reading, so its pongs could not be written.</source>
        <translation>
            <numerusform>%n ping của máy chủ không được trả lời: máy chủ đã ngừng đọc nên không ghi được các pong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="105" />
        <source>%1: Basic auth with variables (encode it as an Authorization header yourself)</source>
        <translation>%1: xác thực Basic có biến (hãy tự mã hóa thành header Authorization)</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="112" />
        <source>%1: %2 auth</source>
        <translation>%1: xác thực %2</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="152" />
        <source>Message %1</source>
        <translation>Tin nhắn %1</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="184" />
        <source>%1: header %2 (the handshake sets it)</source>
        <translation>%1: header %2 (do bắt tay tự đặt)</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="208" />
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="222" />
        <source>%1: not a WebSocket request (%2 %3)</source>
        <translation>%1: không phải yêu cầu WebSocket (%2 %3)</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="235" />
        <source>Postman</source>
        <translation>Postman</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="268" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON không hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="282" />
        <source>a Postman collection of schema %1; Wsprobe reads v2.1 (and v2.0)</source>
        <translation>bộ sưu tập Postman theo lược đồ %1; Wsprobe đọc v2.1 (và v2.0)</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="296" />
        <source>Postman collection</source>
        <translation>Bộ sưu tập Postman</translation>
    </message>
    <message>
        <location filename="../src/collection/postmanimport.cpp" line="300" />
        <source>collection scripts (pre-request and test events)</source>
        <translation>script của bộ sưu tập (sự kiện pre-request và test)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="26" />
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="36" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="37" />
        <source>%1 size</source>
        <translation>Cỡ %1</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="50" />
        <source>&amp;Log font</source>
        <translation>Phông nhật &amp;ký</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="51" />
        <source>Log font</source>
        <translation>Phông nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="52" />
        <source>&amp;Composer font</source>
        <translation>Phông ô &amp;soạn</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="53" />
        <source>Composer font</source>
        <translation>Phông ô soạn</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="57" />
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="59" />
        <source>Events kept in a live log</source>
        <translation>Số sự kiện giữ trong nhật ký trực tiếp</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="60" />
        <source>Beyond this, the oldest events leave the log (the recording on disk keeps them); about 32 bytes plus the payload each</source>
        <translation>Vượt quá số này, sự kiện cũ nhất rời khỏi nhật ký (bản ghi trên đĩa vẫn giữ); mỗi sự kiện tốn khoảng 32 byte cộng dữ liệu</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="62" />
        <source>&amp;Keep at most</source>
        <translation>&amp;Giữ tối đa</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="64" />
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="65" />
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="66" />
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="68" />
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="69" />
        <source>&amp;Theme</source>
        <translation>Giao &amp;diện</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="71" />
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="75" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="76" />
        <source>L&amp;anguage</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="77" />
        <source>A new language applies from the next start.</source>
        <translation>Ngôn ngữ mới áp dụng từ lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="83" />
        <source>Also redact</source>
        <translation>Che thêm</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="85" />
        <source>One name per line. Saved sessions write the value of a header with this name, and of a URL query parameter whose name contains it (any case), as &lt;redacted&gt;, besides Authorization, cookies and token=… — even when you keep secrets.</source>
        <translation>Mỗi dòng một tên. Phiên được lưu sẽ ghi giá trị của header có tên này, và của tham số truy vấn URL có tên chứa nó (không phân biệt hoa thường), thành &lt;redacted&gt;, ngoài Authorization, cookie và token=… — kể cả khi bạn giữ bí mật.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferencesdialog.cpp" line="88" />
        <source>Also &amp;redact</source>
        <translation>&amp;Che thêm</translation>
    </message>
</context>
<context>
    <name>ProtoWire</name>
    <message>
        <location filename="../src/decode/protowire.cpp" line="51" />
        <source>a field key is cut off</source>
        <translation>khóa của một trường bị cắt cụt</translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="55" />
        <source>field number %1 is out of range</source>
        <translation>số hiệu trường %1 nằm ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="61" />
        <source>the varint of field %1 is cut off</source>
        <translation>varint của trường %1 bị cắt cụt</translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="70" />
        <source>the fixed-width field %1 is cut off</source>
        <translation>trường độ dài cố định %1 bị cắt cụt</translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="82" />
        <source>the length of field %1 is cut off</source>
        <translation>độ dài của trường %1 bị cắt cụt</translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="85" />
        <source>field %1 claims %2 bytes, %3 are left</source>
        <translation>trường %1 khai báo %2 byte, chỉ còn %3</translation>
    </message>
    <message>
        <location filename="../src/decode/protowire.cpp" line="106" />
        <source>field %1 has wire type %2, which is not supported</source>
        <translation>trường %1 có kiểu wire %2, không được hỗ trợ</translation>
    </message>
</context>
<context>
    <name>ProtobufSchema</name>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="88" />
        <source>the prefix "%1" is not hex bytes</source>
        <translation>tiền tố "%1" không phải là các byte hex</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="97" />
        <source>"%1" needs a field number, as in @1:5</source>
        <translation>"%1" cần số hiệu trường, như @1:5</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="103" />
        <source>"%1" is no condition: use in, out, 0xPREFIX or @FIELD:VALUE</source>
        <translation>"%1" không phải điều kiện: dùng in, out, 0xPREFIX hoặc @FIELD:VALUE</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="108" />
        <source>the rule "%1" names no message type</source>
        <translation>quy tắc "%1" không nêu kiểu thông điệp nào</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="114" />
        <source>name a message type, as in FILE.proto:package.Message</source>
        <translation>hãy nêu một kiểu thông điệp, như FILE.proto:package.Message</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="174" />
        <source>%1: no such file</source>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="178" />
        <source>%1 could not be read</source>
        <translation>không đọc được %1</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="187" />
        <source>no message type %1 in %2</source>
        <translation>không có kiểu thông điệp %1 trong %2</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="200" />
        <source>no rule chooses a message type for this message</source>
        <translation>không quy tắc nào chọn kiểu thông điệp cho tin nhắn này</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="208" />
        <source>the bytes are not a valid %1</source>
        <translation>các byte không phải là %1 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="239" />
        <source>no rule gives a message type to send</source>
        <translation>không quy tắc nào cho kiểu thông điệp để gửi</translation>
    </message>
    <message>
        <location filename="../src/decode/protobufschema.cpp" line="264" />
        <location filename="../src/decode/protobufschema.cpp" line="271" />
        <location filename="../src/decode/protobufschema.cpp" line="277" />
        <source>this build has no Protocol Buffers support (WSPROBE_PROTOBUF)</source>
        <translation>bản dựng này không hỗ trợ Protocol Buffers (WSPROBE_PROTOBUF)</translation>
    </message>
</context>
<context>
    <name>ProtocolLayer</name>
    <message>
        <location filename="../src/protocols/protocollayer.cpp" line="97" />
        <source>JSON: %1 at byte %2</source>
        <translation>JSON: %1 tại byte %2</translation>
    </message>
</context>
<context>
    <name>ProtocolRegistry</name>
    <message>
        <location filename="../src/protocols/protocolregistry.cpp" line="78" />
        <source>no protocol layer "%1" (known: auto, %2)</source>
        <translation>không có lớp giao thức "%1" (đã biết: auto, %2)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="106" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="107" />
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="108" />
        <source>File Folder</source>
        <translation>Thư mục tệp</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="109" />
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="110" />
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="111" />
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="112" />
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="118" />
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="119" />
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="120" />
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="114" />
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="115" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="116" />
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách bảng neo ra hoặc gắn lại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="117" />
        <source>Closes the dock widget</source>
        <translation>Đóng bảng neo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="53" />
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="54" />
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="55" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="56" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="57" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="58" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="59" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="60" />
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="61" />
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="62" />
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="63" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="64" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="65" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="66" />
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="67" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="68" />
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="69" />
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="70" />
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="71" />
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="72" />
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="73" />
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="74" />
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="75" />
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="76" />
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="77" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="78" />
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="79" />
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="80" />
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="81" />
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="82" />
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="83" />
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="84" />
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="85" />
        <source>Go back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="86" />
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="87" />
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="88" />
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="89" />
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="90" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="91" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' được bảo vệ chống ghi.
Bạn vẫn muốn xóa nó?</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="92" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Bạn có chắc muốn xóa '%1'?</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="93" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế nó không?</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="94" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="97" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="99" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="100" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="101" />
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="102" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="103" />
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="104" />
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="105" />
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="31" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="32" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="33" />
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="34" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="35" />
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="113" />
        <source>Enter a value:</source>
        <translation>Nhập một giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="38" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="39" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="40" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="41" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="42" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="43" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="44" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="36" />
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="37" />
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="13" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="14" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="15" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="16" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="17" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="18" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="19" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="20" />
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="21" />
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="22" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="23" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="24" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="25" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="26" />
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="27" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="28" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="29" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="30" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="123" />
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="124" />
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="125" />
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="126" />
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="127" />
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="128" />
        <source>Page left</source>
        <translation>Trang trái</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="129" />
        <source>Page up</source>
        <translation>Trang trên</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="130" />
        <source>Page right</source>
        <translation>Trang phải</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="131" />
        <source>Page down</source>
        <translation>Trang dưới</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="132" />
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="133" />
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="134" />
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="135" />
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="121" />
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="122" />
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="136" />
        <source>Insert Unicode control character</source>
        <translation>Chèn ký tự điều khiển Unicode</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="45" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="46" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="47" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="48" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="49" />
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="50" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="51" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/window/qtwords.cpp" line="52" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QtWebSocketEngine</name>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="325" />
        <source>No WebSocket handshake from %1:%2 within %3 ms; gave up.</source>
        <translation>Không nhận được bắt tay WebSocket từ %1:%2 trong vòng %3 ms; đã dừng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="409" />
        <source>the server masked a frame (servers must not mask, RFC 6455 §5.1)</source>
        <translation>máy chủ che (mask) một khung (máy chủ không được che, RFC 6455 §5.1)</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="415" />
        <source>the server's Close frame has a 1-byte payload</source>
        <translation>khung Close của máy chủ có dữ liệu 1 byte</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="419" />
        <source>the server sent close code %1, which RFC 6455 allows but QWebSocket refuses (Qt 6.4 accepts none of 1012–1014)</source>
        <translation>máy chủ gửi mã đóng %1, mã RFC 6455 cho phép nhưng QWebSocket từ chối (Qt 6.4 không chấp nhận mã nào trong 1012–1014)</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="423" />
        <source>the server sent close code %1, which may not be sent</source>
        <translation>máy chủ gửi mã đóng %1, mã không được phép gửi</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="425" />
        <source>the server's close reason is not valid UTF-8</source>
        <translation>lý do đóng của máy chủ không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="429" />
        <source>QWebSocket did not accept the server's Close frame</source>
        <translation>QWebSocket không chấp nhận khung Close của máy chủ</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="441" />
        <source>QWebSocket also refuses a UTF-8 character split across frames, which RFC 6455 allows.</source>
        <translation>QWebSocket cũng từ chối một ký tự UTF-8 bị chia qua nhiều khung, điều mà RFC 6455 cho phép.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="450" />
        <source>Protocol error found by QWebSocket: %1. Wsprobe closes the connection with code %2.</source>
        <translation>Lỗi giao thức do QWebSocket phát hiện: %1. Wsprobe đóng kết nối với mã %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="478" />
        <source>The server at %1:%2 answered, but the WebSocket handshake failed: %3</source>
        <translation>Máy chủ tại %1:%2 đã trả lời, nhưng bắt tay WebSocket thất bại: %3</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="511" />
        <source>The server closed the TCP connection without a closing handshake.</source>
        <translation>Máy chủ đã đóng kết nối TCP mà không bắt tay đóng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="515" />
        <source>QWebSocket closed the connection with code %1 without saying whether the server sent a Close; this Qt version does not let Wsprobe tell a clean close.</source>
        <translation>QWebSocket đã đóng kết nối với mã %1 mà không cho biết máy chủ có gửi khung Close hay không; phiên bản Qt này không cho Wsprobe biết kết nối có đóng sạch hay không.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/qtwebsocketengine.cpp" line="533" />
        <source>The server did not answer the Close frame within %1 ms.</source>
        <translation>Máy chủ không trả lời khung Close trong vòng %1 ms.</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="12" />
        <source>Messages per second, last minute</source>
        <translation>Tin nhắn mỗi giây, trong phút vừa qua</translation>
    </message>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="56" />
        <source>-%1 s</source>
        <translation>-%1 giây</translation>
    </message>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="56" />
        <source>now</source>
        <translation>bây giờ</translation>
    </message>
    <message>
        <location filename="../ui/connection/ratechart.cpp" line="80" />
        <source>Messages per second, last minute · peak %1</source>
        <translation>Tin nhắn mỗi giây, phút vừa qua · cao nhất %1</translation>
    </message>
</context>
<context>
    <name>RawFrame</name>
    <message>
        <location filename="../src/protocol/frame/rawframe.cpp" line="35" />
        <source>the opcode %1 does not fit in 4 bits (0–15)</source>
        <translation>opcode %1 không vừa 4 bit (0–15)</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/rawframe.cpp" line="38" />
        <source>a length of %1 does not fit in the 7-bit length field (0–125)</source>
        <translation>độ dài %1 không vừa trường độ dài 7 bit (0–125)</translation>
    </message>
    <message>
        <location filename="../src/protocol/frame/rawframe.cpp" line="40" />
        <source>a length of %1 does not fit in the 16-bit length field (0–65535)</source>
        <translation>độ dài %1 không vừa trường độ dài 16 bit (0–65535)</translation>
    </message>
</context>
<context>
    <name>RawFramePanel</name>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="13" />
        <source>Testing feature warning</source>
        <translation>Cảnh báo tính năng kiểm thử</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="20" />
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="27" />
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="31" />
        <source>RSV1</source>
        <translation>RSV1</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="32" />
        <source>RSV2</source>
        <translation>RSV2</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="33" />
        <source>RSV3</source>
        <translation>RSV3</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="36" />
        <source>Masked, key</source>
        <translation>Có mask, khóa</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="42" />
        <source>Masking key</source>
        <translation>Khóa mask</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="58" />
        <source>Length field</source>
        <translation>Trường độ dài</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="65" />
        <source>Declares</source>
        <translation>Khai báo</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="70" />
        <source>Declared length</source>
        <translation>Độ dài khai báo</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="75" />
        <source>Fragments</source>
        <translation>Phân mảnh</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="81" />
        <source>Fragment sizes</source>
        <translation>Kích thước các mảnh</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="86" />
        <source>between them</source>
        <translation>xen giữa</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.ui" line="97" />
        <source>Frames to write</source>
        <translation>Các frame sẽ ghi</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="22" />
        <source>⚠ Testing feature: the frames are written exactly as set, even where they break RFC 6455; the server may close the connection.</source>
        <translation>⚠ Tính năng kiểm thử: các frame được ghi đúng như đã đặt, kể cả khi vi phạm RFC 6455; máy chủ có thể đóng kết nối.</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="28" />
        <source>0x%1 reserved</source>
        <translation>0x%1 dành riêng</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="29" />
        <source>0x%1 %2</source>
        <translation>0x%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="33" />
        <source>The frame's opcode; 3–7 and 11–15 are reserved</source>
        <translation>Opcode của frame; 3–7 và 11–15 là dành riêng</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="34" />
        <source>FIN: the last frame of the message (the last fragment when split)</source>
        <translation>FIN: frame cuối của thông điệp (mảnh cuối khi chia nhỏ)</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="36" />
        <source>RSV1 (permessage-deflate's bit): set on the first frame; the payload is sent as it is, not compressed</source>
        <translation>RSV1 (bit của permessage-deflate): đặt trên frame đầu; payload được gửi nguyên trạng, không nén</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="38" />
        <source>RSV2: no extension defines it</source>
        <translation>RSV2: không phần mở rộng nào định nghĩa bit này</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="39" />
        <source>RSV3: no extension defines it</source>
        <translation>RSV3: không phần mở rộng nào định nghĩa bit này</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="40" />
        <source>Clients must mask every frame; clear to send unmasked</source>
        <translation>Client phải mask mọi frame; bỏ chọn để gửi không mask</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="41" />
        <source>random</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="42" />
        <source>The masking key in hex, e.g. 0x11223344; empty: a new random key for each frame</source>
        <translation>Khóa mask dạng hex, ví dụ 0x11223344; để trống: một khóa ngẫu nhiên mới cho mỗi frame</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="44" />
        <source>shortest</source>
        <translation>ngắn nhất</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="45" />
        <source>7 bits</source>
        <translation>7 bit</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="46" />
        <source>16 bits</source>
        <translation>16 bit</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="47" />
        <source>64 bits</source>
        <translation>64 bit</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="48" />
        <source>How the payload length is written; a wider form than needed is non-minimal, which RFC 6455 forbids</source>
        <translation>Cách ghi độ dài payload; dạng rộng hơn cần thiết là không tối thiểu, điều RFC 6455 cấm</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="50" />
        <source>Write this length in the first frame's header instead of the payload's true size</source>
        <translation>Ghi độ dài này vào header của frame đầu thay cho kích thước thật của payload</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="52" />
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="55" />
        <source>e.g. 3+2</source>
        <translation>ví dụ 3+2</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="56" />
        <source>Split the message into frames of these sizes in bytes, joined by +; the rest goes in one more frame. Empty: one frame</source>
        <translation>Chia thông điệp thành các frame có kích thước này (byte), nối bằng +; phần còn lại vào thêm một frame. Để trống: một frame</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="59" />
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="60" />
        <source>a ping</source>
        <translation>một ping</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="61" />
        <source>a pong</source>
        <translation>một pong</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="62" />
        <source>A control frame written between two fragments</source>
        <translation>Một frame điều khiển được ghi giữa hai mảnh</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="120" />
        <source>Raw frame: %1</source>
        <translation>Frame thô: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="168" />
        <source>Frames to write (%1 bytes): %2</source>
        <translation>Các frame sẽ ghi (%1 byte): %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/rawframepanel.cpp" line="180" />
        <source>In wsprobe-cli: --send-frame %1</source>
        <translation>Trong wsprobe-cli: --send-frame %1</translation>
    </message>
</context>
<context>
    <name>RawFrameRecipe</name>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="151" />
        <source>The fragments add up to %1 bytes, more than the payload's %2.</source>
        <translation>Các mảnh cộng lại %1 byte, nhiều hơn %2 byte của payload.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="179" />
        <source>The frame cannot be written: %1.</source>
        <translation>Không thể ghi frame: %1.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="180" />
        <source>Frame %1 cannot be written: %2.</source>
        <translation>Không thể ghi frame %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="201" />
        <source>the SPEC is empty; give keys such as opcode=text,payload=text:hello.</source>
        <translation>SPEC trống; hãy đưa các khóa như opcode=text,payload=text:hello.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="211" />
        <source>an empty item at position %1: remove the extra comma.</source>
        <translation>một mục trống ở vị trí %1: hãy bỏ dấu phẩy thừa.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="212" />
        <source>"%1" is not of the form key=value.</source>
        <translation>"%1" không có dạng key=value.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="226" />
        <source>%1 is given twice.</source>
        <translation>%1 được đưa hai lần.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="235" />
        <source>text, binary, continuation, close, ping, pong or a number 0–15</source>
        <translation>text, binary, continuation, close, ping, pong hoặc một số 0–15</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="245" />
        <source>0 or 1</source>
        <translation>0 hoặc 1</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="251" />
        <source>a masking key of up to 8 hex digits such as 0x11223344, or random</source>
        <translation>một khóa mask tối đa 8 chữ số hex như 0x11223344, hoặc random</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="256" />
        <source>a length in bytes, 0–18446744073709551615</source>
        <translation>một độ dài tính bằng byte, 0–18446744073709551615</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="259" />
        <source>7, 16, 64 or shortest</source>
        <translation>7, 16, 64 hoặc shortest</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="262" />
        <source>fragment sizes in bytes joined by +, such as 3+2</source>
        <translation>kích thước các mảnh (byte) nối bằng +, như 3+2</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="269" />
        <source>ping, pong or none</source>
        <translation>ping, pong hoặc none</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="277" />
        <source>unknown key "%1"; the keys are %2.</source>
        <translation>khóa không xác định "%1"; các khóa là %2.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="281" />
        <source>%1 takes %2, not "%3".</source>
        <translation>%1 nhận %2, không phải "%3".</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="286" />
        <source>key= gives a masking key, but mask=0 says the frame is not masked.</source>
        <translation>key= đưa một khóa mask, nhưng mask=0 nói frame không được mask.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="290" />
        <source>between= puts a control frame between fragments: give split= too.</source>
        <translation>between= đặt một frame điều khiển giữa các mảnh: hãy đưa cả split=.</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="298" />
        <source>payload: %1</source>
        <translation>payload: %1</translation>
    </message>
    <message>
        <location filename="../src/compose/rawframerecipe.cpp" line="340" />
        <source>--send-frame SPEC (testing servers) writes one message's frames exactly as SPEC says, after the open, in order with --send and --send-hex; the wire engine only. SPEC is key=value items separated by commas, payload last (it takes the rest, commas included): opcode=text|binary|continuation|close|ping|pong|0-15 (default text), fin=0|1, rsv1=0|1, rsv2=0|1, rsv3=0|1, mask=0|1 (default 1), key=HEX|random (the masking key), len=N (a length field that lies), lenbits=7|16|64|shortest (non-minimal forms too), split=N+N... (fragments of these sizes, the rest in a last one; opcode, RSV bits and len go on the first), between=ping|pong (a control frame between fragments), payload=text:...|json:...|hex:...|base64:...|file:PATH (hex gives invalid UTF-8 in a text frame).
Example: --send-frame 'opcode=text,split=2+2,between=ping,payload=hex:48 65 ff 6c 6f'.</source>
        <translation>--send-frame SPEC (kiểm thử máy chủ) ghi các frame của một thông điệp đúng như SPEC mô tả, sau khi mở, theo thứ tự cùng --send và --send-hex; chỉ với engine wire. SPEC là các mục key=value cách nhau bằng dấu phẩy, payload đặt cuối (nó lấy phần còn lại, kể cả dấu phẩy): opcode=text|binary|continuation|close|ping|pong|0-15 (mặc định text), fin=0|1, rsv1=0|1, rsv2=0|1, rsv3=0|1, mask=0|1 (mặc định 1), key=HEX|random (khóa mask), len=N (trường độ dài khai sai), lenbits=7|16|64|shortest (cả dạng không tối thiểu), split=N+N... (các mảnh có kích thước này, phần còn lại vào một mảnh cuối; opcode, các bit RSV và len nằm ở mảnh đầu), between=ping|pong (một frame điều khiển giữa các mảnh), payload=text:...|json:...|hex:...|base64:...|file:PATH (hex cho phép UTF-8 không hợp lệ trong frame text).
Ví dụ: --send-frame 'opcode=text,split=2+2,between=ping,payload=hex:48 65 ff 6c 6f'.</translation>
    </message>
</context>
<context>
    <name>RelayBreakpoint</name>
    <message>
        <location filename="../src/relay/relaybreakpoint.cpp" line="60" />
        <source>The breakpoint "%1" needs json:PATH=JSON or json:PATH~REGEX.</source>
        <translation>Điểm dừng "%1" cần json:PATH=JSON hoặc json:PATH~REGEX.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaybreakpoint.cpp" line="70" />
        <source>The breakpoint "%1": "%2" is not a JSON value.</source>
        <translation>Điểm dừng "%1": "%2" không phải một giá trị JSON.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaybreakpoint.cpp" line="81" />
        <source>The breakpoint "%1": %2</source>
        <translation>Điểm dừng "%1": %2</translation>
    </message>
</context>
<context>
    <name>RelayBreakpointPanel</name>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="16" />
        <source>Breakpoints</source>
        <translation>Điểm dừng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="17" />
        <source>client → Wsprobe</source>
        <translation>client → Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="18" />
        <source>server → Wsprobe</source>
        <translation>máy chủ → Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="19" />
        <source>both directions</source>
        <translation>cả hai chiều</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="21" />
        <source>any · text:STR · regex:RE · json:$.type="ack" · json:$.id~^4 · hex:00 ff</source>
        <translation>any · text:STR · regex:RE · json:$.type="ack" · json:$.id~^4 · hex:00 ff</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="22" />
        <source>Breakpoint rule</source>
        <translation>Quy tắc điểm dừng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="23" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaybreakpointpanel.cpp" line="24" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>RelayClientList</name>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="18" />
        <source>Re&amp;play Against Server</source>
        <translation>&amp;Phát lại với máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="19" />
        <source>Ser&amp;ve This Recording</source>
        <translation>Phục &amp;vụ bản ghi này</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="21" />
        <source>Client connections</source>
        <translation>Các kết nối client</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="22" />
        <source>Open the finished conversation's server leg as a session and replay it against the server</source>
        <translation>Mở chặng máy chủ của cuộc hội thoại đã kết thúc thành một phiên và phát lại nó với máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="24" />
        <source>Open a Serve tab that answers clients as this conversation's server did</source>
        <translation>Mở một thẻ Serve trả lời các client như máy chủ của cuộc hội thoại này đã làm</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="96" />
        <source>Client ↔ Wsprobe: the client's request, Wsprobe's answer</source>
        <translation>Client ↔ Wsprobe: yêu cầu của client, câu trả lời của Wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="97" />
        <source>Wsprobe ↔ server: Wsprobe's request, the server's answer</source>
        <translation>Wsprobe ↔ máy chủ: yêu cầu của Wsprobe, câu trả lời của máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="102" />
        <source>(not yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="124" />
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="124" />
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="128" />
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayclientlist.cpp" line="129" />
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>RelayController</name>
    <message>
        <location filename="../src/relay/relaycontroller.cpp" line="169" />
        <source>Wsprobe's relay could not open %1: %2
</source>
        <translation>Bộ chuyển tiếp của Wsprobe không mở được %1: %2
</translation>
    </message>
</context>
<context>
    <name>RelayLogModel</name>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="122" />
        <source>Arrived as: %1</source>
        <translation>Đến dưới dạng: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="138" />
        <source>queued (%n ahead)</source>
        <translation>
            <numerusform>xếp hàng (%n phía trước)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="143" />
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="143" />
        <source>binary</source>
        <translation>nhị phân</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="147" />
        <source>%1 · %n frames</source>
        <translation>
            <numerusform>%1 · %n khung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="149" />
        <source>%1 · %n frames → 1 (edited)</source>
        <translation>
            <numerusform>%1 · %n khung → 1 (đã sửa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relaylogmodel.cpp" line="151" />
        <source>%1 · %n frames → 1 (deflate)</source>
        <translation>
            <numerusform>%1 · %n khung → 1 (deflate)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="156" />
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="158" />
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="160" />
        <source>close %1</source>
        <translation>đóng %1</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="166" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="168" />
        <source>%1 B (wire %2 / %3)</source>
        <translation>%1 B (trên dây %2 / %3)</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="188" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="190" />
        <source>Where it went</source>
        <translation>Đã đi đâu</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="192" />
        <source>Fate</source>
        <translation>Số phận</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="194" />
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="196" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../src/relay/relaylogmodel.cpp" line="198" />
        <source>Payload</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>RelayMessageEditor</name>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="13" />
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="14" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="15" />
        <source>Binary (hex)</source>
        <translation>Nhị phân (hex)</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="16" />
        <source>Binary (base64)</source>
        <translation>Nhị phân (base64)</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="17" />
        <source>Binary (file)</source>
        <translation>Nhị phân (tệp)</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="18" />
        <source>Message mode</source>
        <translation>Chế độ tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaymessageeditor.cpp" line="19" />
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="43" />
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="44" />
        <source>St&amp;op</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="53" />
        <source>any free port</source>
        <translation>cổng trống bất kỳ</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="54" />
        <source>Listen on port</source>
        <translation>Lắng nghe trên cổng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="58" />
        <source>Listen on 127.0.0.1, port:</source>
        <translation>Lắng nghe trên 127.0.0.1, cổng:</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="74" />
        <source>Relay log</source>
        <translation>Nhật ký chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="77" />
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="78" />
        <source>Inject</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="80" />
        <source>Breakpoints</source>
        <translation>Điểm dừng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="42" />
        <source>Accept permessage-&amp;deflate from clients</source>
        <translation>Chấp nhận permessage-&amp;deflate từ client</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="66" />
        <source>Handshakes of both legs</source>
        <translation>Bắt tay của cả hai chặng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="81" />
        <source>Handshakes</source>
        <translation>Bắt tay</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="89" />
        <source>&amp;Upstream</source>
        <translation>&amp;Máy chủ đích</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="90" />
        <source>&amp;Listening</source>
        <translation>&amp;Lắng nghe</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="91" />
        <source>&amp;Clients</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="129" />
        <source>Not listening. A client that connects here is connected to the upstream URL; what they say shows below, with where each message went.</source>
        <translation>Chưa lắng nghe. Client kết nối vào đây sẽ được nối tới URL máy chủ phía trên; những gì hai bên nói hiện bên dưới, cùng nơi mỗi tin nhắn đã đi.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="140" />
        <source>Cookie, X-Debug</source>
        <translation>Cookie, X-Debug</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="141" />
        <source>Client headers not passed on</source>
        <translation>Header của client không được chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="142" />
        <source>Names of the client's request headers not to pass upstream, separated by commas. Headers set above are added or replace the client's of that name.</source>
        <translation>Tên các header yêu cầu của client không chuyển lên máy chủ, cách nhau bằng dấu phẩy. Header đặt ở trên được thêm vào hoặc thay header cùng tên của client.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="147" />
        <source>Each client is connected to this URL (without a path: to the client's path and query). The client's subprotocols, Origin and headers go along; those set here are added or win.</source>
        <translation>Mỗi client được nối tới URL này (không có đường dẫn: tới đường dẫn và query của client). Subprotocol, Origin và header của client được gửi theo; những gì đặt ở đây được thêm vào hoặc được ưu tiên.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="155" />
        <source>Do not pass on:</source>
        <translation>Không chuyển tiếp:</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="169" />
        <source>Each leg negotiates compression for itself: the client's leg here, the server's with the upstream's option.</source>
        <translation>Mỗi chặng tự thương lượng việc nén: chặng của client ở đây, chặng của máy chủ theo tùy chọn của máy chủ đích.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="174" />
        <source>not recorded</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="175" />
        <source>Record conversations to folder</source>
        <translation>Ghi các cuộc hội thoại vào thư mục</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="176" />
        <source>Each conversation is recorded as two sessions in this folder, one per leg; the server's leg can be replayed or served once the conversation has finished.</source>
        <translation>Mỗi cuộc hội thoại được ghi thành hai phiên trong thư mục này, mỗi chặng một phiên; chặng máy chủ có thể được phát lại hoặc phục vụ khi cuộc hội thoại đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="179" />
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="182" />
        <source>Record Relayed Conversations To</source>
        <translation>Ghi các cuộc hội thoại được chuyển tiếp vào</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="192" />
        <source>Record to folder:</source>
        <translation>Ghi vào thư mục:</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="210" />
        <location filename="../ui/relay/relaypage.cpp" line="467" />
        <source>Nothing is paused.</source>
        <translation>Không có gì đang tạm dừng.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="213" />
        <source>&amp;Forward</source>
        <translation>&amp;Chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="214" />
        <source>Forward &amp;Edited</source>
        <translation>Chuyển tiếp &amp;bản sửa</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="215" />
        <source>&amp;Drop</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="216" />
        <source>&amp;Answer Locally</source>
        <translation>&amp;Trả lời tại chỗ</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="217" />
        <source>Pass the paused message on as it came</source>
        <translation>Chuyển tiếp tin nhắn đang tạm dừng đúng như khi đến</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="218" />
        <source>Pass on what the editor holds instead</source>
        <translation>Chuyển tiếp nội dung trong ô soạn thay cho nó</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="219" />
        <source>Do not pass the paused message on</source>
        <translation>Không chuyển tiếp tin nhắn đang tạm dừng</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="220" />
        <source>Do not pass it on; send what the editor holds back to its sender</source>
        <translation>Không chuyển tiếp; gửi nội dung trong ô soạn lại cho bên gửi</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="240" />
        <source>Wsprobe → server</source>
        <translation>Wsprobe → máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="241" />
        <source>Wsprobe → client</source>
        <translation>Wsprobe → client</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="242" />
        <source>Inject to</source>
        <translation>Chèn tới</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="244" />
        <source>&amp;Inject</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="245" />
        <source>Send this message to the chosen side of the shown client connection now</source>
        <translation>Gửi ngay tin nhắn này tới phía đã chọn của kết nối client đang hiển thị</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="248" />
        <source>Send to:</source>
        <translation>Gửi tới:</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="311" />
        <source>Breakpoints not restored: %1</source>
        <translation>Không khôi phục được điểm dừng: %1</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="344" />
        <source>Listening on %1 — each client is connected to %2.</source>
        <translation>Đang lắng nghe trên %1 — mỗi client được nối tới %2.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="349" />
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Dấu vân tay chứng chỉ (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="353" />
        <source>Recording each conversation to %1 (one session per leg).</source>
        <translation>Đang ghi từng cuộc hội thoại vào %1 (mỗi chặng một phiên).</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="356" />
        <source>Relay :%1</source>
        <translation>Chuyển tiếp :%1</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="366" />
        <source>Stopped: no new clients; the open ones were closed with 1001 (going away).</source>
        <translation>Đã dừng: không nhận client mới; các kết nối đang mở được đóng với 1001 (going away).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relay/relaypage.cpp" line="473" />
        <source>Paused: %1 (%n more waiting behind it in this direction)</source>
        <translation>
            <numerusform>Tạm dừng: %1 (%n tin nữa đang chờ phía sau theo chiều này)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="536" />
        <source>That side of the connection is gone; nothing was sent.</source>
        <translation>Phía đó của kết nối đã mất; không gửi gì cả.</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="90" />
        <source>Find in this conversation's messages (Enter: next, Shift+Enter: previous)</source>
        <translation>Tìm trong tin nhắn của cuộc hội thoại này (Enter: tiếp theo, Shift+Enter: trước đó)</translation>
    </message>
    <message>
        <location filename="../ui/relay/relaypage.cpp" line="91" />
        <source>Find in the relay log</source>
        <translation>Tìm trong nhật ký chuyển tiếp</translation>
    </message>
</context>
<context>
    <name>RelayRecord</name>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="88" />
        <source>client → Wsprobe</source>
        <translation>client → Wsprobe</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="90" />
        <source>Wsprobe → server</source>
        <translation>Wsprobe → máy chủ</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="92" />
        <source>server → Wsprobe</source>
        <translation>máy chủ → Wsprobe</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="94" />
        <source>Wsprobe → client</source>
        <translation>Wsprobe → client</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="103" />
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="105" />
        <source>queued</source>
        <translation>xếp hàng</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="107" />
        <source>forwarded</source>
        <translation>đã chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="109" />
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="111" />
        <source>dropped</source>
        <translation>đã bỏ</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="113" />
        <source>answered locally</source>
        <translation>đã trả lời tại chỗ</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="115" />
        <source>injected</source>
        <translation>đã chèn</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="117" />
        <source>undeliverable</source>
        <translation>không chuyển được</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="119" />
        <source>mirrored</source>
        <translation>phản chiếu</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="126" />
        <location filename="../src/relay/relayrecord.cpp" line="129" />
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="127" />
        <location filename="../src/relay/relayrecord.cpp" line="130" />
        <source>server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="133" />
        <source>Wsprobe → %1</source>
        <translation>Wsprobe → %1</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="135" />
        <source>%1 → Wsprobe ✕</source>
        <translation>%1 → Wsprobe ✕</translation>
    </message>
    <message>
        <location filename="../src/relay/relayrecord.cpp" line="136" />
        <source>%1 → Wsprobe → %2</source>
        <translation>%1 → Wsprobe → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relayrecord.cpp" line="146" />
        <source>%n frames, passed on as they came</source>
        <translation>
            <numerusform>%n khung, chuyển tiếp nguyên như khi đến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relayrecord.cpp" line="148" />
        <source>%n frames, sent as one: edited</source>
        <translation>
            <numerusform>%n khung, gửi thành một: đã sửa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/relay/relayrecord.cpp" line="150" />
        <source>%n frames, sent as one: permessage-deflate on a leg</source>
        <translation>
            <numerusform>%n khung, gửi thành một: có permessage-deflate trên một chặng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayRecorder</name>
    <message>
        <location filename="../src/relay/relayrecorder.cpp" line="43" />
        <source>Cannot record to “%1”: it is not a folder Wsprobe can write to.</source>
        <translation>Không thể ghi vào “%1”: đây không phải thư mục mà Wsprobe ghi được.</translation>
    </message>
</context>
<context>
    <name>RelayUi</name>
    <message>
        <location filename="../ui/relay/relayui.cpp" line="10" />
        <source>New &amp;Relay Tab</source>
        <translation>Thẻ &amp;chuyển tiếp mới</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayui.cpp" line="11" />
        <source>Sit between a real client and its server: see, pause, edit and inject their messages (Ctrl+Shift+R)</source>
        <translation>Đứng giữa một client thật và máy chủ của nó: xem, tạm dừng, sửa và chèn tin nhắn của chúng (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/relay/relayui.cpp" line="29" />
        <source>Relay</source>
        <translation>Chuyển tiếp</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="27" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="28" />
        <source>Interval</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="29" />
        <source>Time between messages</source>
        <translation>Thời gian giữa các tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="33" />
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="34" />
        <source>bufferedAmount threshold</source>
        <translation>Ngưỡng bufferedAmount</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="35" />
        <source>A message is skipped while this many bytes or more are still waiting to be sent (bufferedAmount), so a slow server is not flooded</source>
        <translation>Tin nhắn bị bỏ qua khi còn từ chừng này byte trở lên đang chờ gửi (bufferedAmount), để không làm ngập máy chủ chậm</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="40" />
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="41" />
        <source>Messages to send</source>
        <translation>Số tin nhắn cần gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="42" />
        <source>Stop after this many messages; 0 sends until stopped or closed</source>
        <translation>Dừng sau chừng này tin nhắn; 0 là gửi đến khi dừng hoặc đóng kết nối</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="45" />
        <source>Sent and skipped</source>
        <translation>Đã gửi và bỏ qua</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="48" />
        <source>&amp;Every</source>
        <translation>&amp;Mỗi</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="49" />
        <source>Only while bufferedAmount &lt;</source>
        <translation>Chỉ khi bufferedAmount &lt;</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="50" />
        <source>&amp;Stop after</source>
        <translation>&amp;Dừng sau</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="57" />
        <source>Sends what is in the composer, variables expanded each time.</source>
        <translation>Gửi nội dung trong ô soạn, biến được thay giá trị mỗi lần.</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="62" />
        <source>%1 sent · %2 skipped</source>
        <translation>đã gửi %1 · bỏ qua %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="90" />
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="98" />
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="101" />
        <source>Stopped: the connection closed</source>
        <translation>Đã dừng: kết nối đã đóng</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="104" />
        <source>Done: the count was reached</source>
        <translation>Xong: đã đủ số lượng</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="107" />
        <source>Stopped: %1</source>
        <translation>Đã dừng: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="116" />
        <source>S&amp;top</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../ui/compose/repeatpanel.cpp" line="116" />
        <source>S&amp;tart</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="25" />
        <source>Step through: send one message per click</source>
        <translation>Từng bước: mỗi lần nhấn gửi một tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="32" />
        <source>Replay Session</source>
        <translation>Phát lại phiên</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="39" />
        <source>Name: value, one per line</source>
        <translation>Tên: giá trị, mỗi dòng một cái</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="43" />
        <source>As fast as possible</source>
        <translation>Nhanh nhất có thể</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="44" />
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="45" />
        <source>1 = the recorded timing, 2 = twice as fast; 0 = at once, while the server keeps up (bufferedAmount stays low)</source>
        <translation>1 = đúng nhịp đã ghi, 2 = nhanh gấp đôi; 0 = gửi ngay, miễn máy chủ theo kịp (bufferedAmount vẫn thấp)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="48" />
        <source>Do not wait</source>
        <translation>Không chờ</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="49" />
        <source>a regular expression, e.g. "type":"ack"</source>
        <translation>một biểu thức chính quy, ví dụ "type":"ack"</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="50" />
        <source>timestamp, id, $.data.requestId</source>
        <translation>timestamp, id, $.data.requestId</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="51" />
        <source>JSON keys ignored at any depth, or paths from the root</source>
        <translation>Các khóa JSON bị bỏ qua ở mọi độ sâu, hoặc đường dẫn từ gốc</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="53" />
        <source>one regular expression per line, e.g. \d{4}-\d\d-\d\dT\S+</source>
        <translation>mỗi dòng một biểu thức chính quy, ví dụ \d{4}-\d\d-\d\dT\S+</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="59" />
        <source>Target</source>
        <translation>Đích</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="61" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="62" />
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Giao thức con:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="63" />
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/replaydialog.cpp" line="65" />
        <source>Sending %n recorded message(s)</source>
        <translation>
            <numerusform>Gửi %n tin nhắn đã ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="67" />
        <source>S&amp;peed:</source>
        <translation>&amp;Tốc độ:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="69" />
        <source>Before each send, wait for &amp;replies:</source>
        <translation>Trước mỗi lần gửi, chờ &amp;phản hồi:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="70" />
        <source>…or for a reply &amp;matching:</source>
        <translation>…hoặc chờ một phản hồi &amp;khớp với:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="71" />
        <source>Compare the replies with the recording</source>
        <translation>So sánh phản hồi với bản ghi</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="73" />
        <source>Ignore &amp;keys:</source>
        <translation>Bỏ qua &amp;khóa:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="74" />
        <source>Mask &amp;text:</source>
        <translation>Che &amp;văn bản:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="77" />
        <source>&amp;Replay</source>
        <translation>&amp;Phát lại</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="102" />
        <source>The header "%1" is not of the form "Name: value".</source>
        <translation>Header "%1" không có dạng "Tên: giá trị".</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="31" />
        <source>Compare &amp;decoded values</source>
        <translation>So sánh giá trị đã &amp;giải mã</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="62" />
        <source>Decode each reply before comparing: keys and masks then apply to the decoded value, and a reply that does not decode differs</source>
        <translation>Giải mã từng phản hồi trước khi so sánh: khi đó khóa và mặt nạ áp dụng cho giá trị đã giải mã, và phản hồi không giải mã được được tính là khác</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="66" />
        <source>msgpack, base64,zlib,cbor, protobuf:FILE.proto:in=pkg.Type</source>
        <translation>msgpack, base64,zlib,cbor, protobuf:FILE.proto:in=pkg.Type</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="91" />
        <source>Decoder pipe&amp;line:</source>
        <translation>Chuỗi bước giải &amp;mã:</translation>
    </message>
</context>
<context>
    <name>ReplayLauncher</name>
    <message>
        <location filename="../ui/replay/replaylauncher.cpp" line="26" />
        <source>Replay Session</source>
        <translation>Phát lại phiên</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaylauncher.cpp" line="27" />
        <source>This tab has no outgoing messages to replay.</source>
        <translation>Thẻ này không có tin nhắn đi nào để phát lại.</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="28" />
        <source>S&amp;tep</source>
        <translation>&amp;Bước</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="29" />
        <source>Sto&amp;p</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="39" />
        <source>Send the next recorded message</source>
        <translation>Gửi tin nhắn đã ghi tiếp theo</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="40" />
        <source>Stop sending and close the connection</source>
        <translation>Ngừng gửi và đóng kết nối</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50" />
        <source>Recorded</source>
        <translation>Đã ghi</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50" />
        <source>Replayed</source>
        <translation>Đã phát lại</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="50" />
        <source>Differences</source>
        <translation>Khác biệt</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="56" />
        <source>Comparison of recorded and replayed replies</source>
        <translation>So sánh phản hồi đã ghi và đã phát lại</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="89" />
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="97" />
        <source>Sent %1 of %2 · received %3 (recorded: %4)%5</source>
        <translation>Đã gửi %1 trên %2 · đã nhận %3 (đã ghi: %4)%5</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="101" />
        <source> · waiting for replies</source>
        <translation> · đang chờ phản hồi</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="119" />
        <source>The replay could not connect; nothing to compare.</source>
        <translation>Không thể kết nối để phát lại; không có gì để so sánh.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="146" />
        <source>same</source>
        <translation>giống</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="149" />
        <source>changed</source>
        <translation>đổi</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="152" />
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypage.cpp" line="155" />
        <source>extra</source>
        <translation>thừa</translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="114" />
        <source>Sends Authorization: Bearer %1</source>
        <translation>Gửi Authorization: Bearer %1</translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="116" />
        <source>Sends Authorization: Basic %1 (%2 and the password)</source>
        <translation>Gửi Authorization: Basic %1 (%2 và mật khẩu)</translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="117" />
        <source>no user name</source>
        <translation>không có tên người dùng</translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="119" />
        <source>Sends the header %1: %2</source>
        <translation>Gửi header %1: %2</translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="121" />
        <source>Adds %1=%2 to the URL's query</source>
        <translation>Thêm %1=%2 vào phần truy vấn của URL</translation>
    </message>
    <message>
        <location filename="../src/connection/requestauth.cpp" line="123" />
        <source>Sends no credentials.</source>
        <translation>Không gửi thông tin xác thực.</translation>
    </message>
</context>
<context>
    <name>RequestExpander</name>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="31" />
        <source>the URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="34" />
        <location filename="../src/collection/requestexpander.cpp" line="35" />
        <source>header %1</source>
        <translation>header %1</translation>
    </message>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="37" />
        <source>the Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../src/collection/requestexpander.cpp" line="39" />
        <source>a subprotocol</source>
        <translation>một subprotocol</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/collection/requestexpander.cpp" line="41" />
        <source>Not connected: unknown variable(s) %1 in %2. Define them in the tab's Variables, in an environment or in the globals.</source>
        <translation>
            <numerusform>Chưa kết nối: biến không xác định %1 trong %2. Hãy khai báo chúng trong Biến của thẻ, trong một môi trường hoặc trong biến toàn cục.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="34" />
        <location filename="../src/protocol/requestvalidator.cpp" line="45" />
        <source>Enter a URL, for example ws://127.0.0.1:8080/echo.</source>
        <translation>Hãy nhập một URL, ví dụ ws://127.0.0.1:8080/echo.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="51" />
        <source>The URL has no scheme: start it with ws:// or wss://, for example ws://localhost:8080/.</source>
        <translation>URL không có scheme: hãy bắt đầu bằng ws:// hoặc wss://, ví dụ ws://localhost:8080/.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="58" />
        <source>"%1://" is an HTTP URL; WebSocket URLs use %2:// (try %3).</source>
        <translation>"%1://" là URL HTTP; URL WebSocket dùng %2:// (hãy thử %3).</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="62" />
        <source>Unsupported scheme "%1": WebSocket URLs start with ws:// or wss://.</source>
        <translation>Scheme "%1" không được hỗ trợ: URL WebSocket bắt đầu bằng ws:// hoặc wss://.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="65" />
        <source>The URL has no host name.</source>
        <translation>URL không có tên máy.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="67" />
        <source>WebSocket URLs cannot contain a fragment (the part after "#").</source>
        <translation>URL WebSocket không được chứa phân đoạn (phần sau dấu "#").</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="84" />
        <source>A subprotocol name cannot be empty.</source>
        <translation>Tên giao thức con không được để trống.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="89" />
        <source>The subprotocol "%1" contains "%2", which is not allowed in a token (RFC 7230: letters, digits and !#$%&amp;'*+-.^_`|~ only).</source>
        <translation>Giao thức con "%1" chứa "%2", ký tự không được phép trong token (RFC 7230: chỉ chữ cái, chữ số và !#$%&amp;'*+-.^_`|~).</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="91" />
        <source>a space</source>
        <translation>dấu cách</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="105" />
        <source>The subprotocol "%1" is listed twice.</source>
        <translation>Giao thức con "%1" bị liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="114" />
        <source>A header name cannot be empty.</source>
        <translation>Tên header không được để trống.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="116" />
        <source>"%1" is not a valid header name (letters, digits and !#$%&amp;'*+-.^_`|~ only, no spaces or colons).</source>
        <translation>"%1" không phải tên header hợp lệ (chỉ chữ cái, chữ số và !#$%&amp;'*+-.^_`|~, không có dấu cách hay dấu hai chấm).</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="123" />
        <source>The header "%1" is set by Wsprobe from the subprotocol list; add the subprotocols there instead.</source>
        <translation>Header "%1" do Wsprobe đặt từ danh sách subprotocol; hãy thêm subprotocol vào đó.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="127" />
        <source>The header "%1" is set by Wsprobe; use the option "Offer permessage-deflate" instead.</source>
        <translation>Header "%1" do Wsprobe đặt; hãy dùng tùy chọn "Đề nghị permessage-deflate".</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="131" />
        <source>The header "%1" is part of the WebSocket handshake, which Wsprobe writes itself: remove it from the headers.</source>
        <translation>Header "%1" thuộc quá trình bắt tay WebSocket mà Wsprobe tự viết: hãy xóa nó khỏi các header.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="135" />
        <source>The header "%1" is fixed by the WebSocket handshake and cannot be changed.</source>
        <translation>Header "%1" được cố định bởi bắt tay WebSocket và không thể thay đổi.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="138" />
        <source>The Host header is taken from the URL; change the URL instead.</source>
        <translation>Header Host được lấy từ URL; hãy sửa URL.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="140" />
        <source>Set the Origin in its own field rather than as a custom header.</source>
        <translation>Hãy đặt Origin trong ô riêng của nó thay vì như một header tùy chỉnh.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="143" />
        <source>The value of header "%1" contains a line break or NUL character.</source>
        <translation>Giá trị của header "%1" chứa ký tự xuống dòng hoặc NUL.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="153" />
        <source>The Origin contains a line break or NUL character.</source>
        <translation>Origin chứa ký tự xuống dòng hoặc NUL.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="168" />
        <source>The API key has no name: enter the header or query parameter that carries it (Auth).</source>
        <translation>Khóa API chưa có tên: hãy nhập header hoặc tham số truy vấn chứa nó (Xác thực).</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="180" />
        <source>Close code %1 cannot be sent by an application: use 1000 or a code from 3000 to 4999.</source>
        <translation>Ứng dụng không thể gửi mã đóng %1: hãy dùng 1000 hoặc một mã từ 3000 đến 4999.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="186" />
        <source>The close reason is %1 bytes of UTF-8; at most %2 bytes are allowed.</source>
        <translation>Lý do đóng dài %1 byte UTF-8; tối đa cho phép %2 byte.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="196" />
        <source>A close code is two bytes on the wire: 0 to 65535, not %1.</source>
        <translation>Mã đóng trên đường truyền là hai byte: từ 0 đến 65535, không phải %1.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="201" />
        <source>The QWebSocket engine cannot send a close reason over %1 bytes (Qt cuts it short); this one is %2 bytes. Use the wire engine to send it.</source>
        <translation>Bộ QWebSocket không gửi được lý do đóng dài quá %1 byte (Qt cắt bớt); lý do này dài %2 byte. Hãy dùng bộ wire để gửi nó.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="206" />
        <source>The QWebSocket engine sends the close reason as text and cannot send bytes that are not UTF-8. Use the wire engine to send them.</source>
        <translation>Bộ QWebSocket gửi lý do đóng dưới dạng văn bản nên không gửi được các byte không phải UTF-8. Hãy dùng bộ wire để gửi chúng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="236" />
        <source>The proxy "%1" is not understood: use system, http://host:port or socks5://host:port.</source>
        <translation>Không hiểu proxy "%1": hãy dùng system, http://host:port hoặc socks5://host:port.</translation>
    </message>
    <message>
        <location filename="../src/protocol/requestvalidator.cpp" line="240" />
        <source>The proxy "%1" has no port.</source>
        <translation>Proxy "%1" không có cổng.</translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
    <message>
        <location filename="../src/collection/savedconnection.cpp" line="164" />
        <source>New Connection</source>
        <translation>Kết nối mới</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="108" />
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="111" />
        <source>Run the script on this tab's connection (Ctrl+Shift+Return)</source>
        <translation>Chạy script trên kết nối của thẻ này (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="113" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="116" />
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="127" />
        <source>Allowed folder…</source>
        <translation>Thư mục được phép…</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="130" />
        <source>Folder scripts may read files from</source>
        <translation>Thư mục mà script được đọc tệp</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="148" />
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="150" />
        <source>ws.send('hello');
await expectMessage('hello', {within: 1000});
// docs/scripting.md, or pick one of the Examples;
// Ctrl+Space lists the API's names</source>
        <translation>ws.send('hello');
await expectMessage('hello', {within: 1000});
// xem docs/scripting.md, hoặc chọn một mục trong Ví dụ;
// Ctrl+Space liệt kê các tên của API</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160" />
        <source>Assertion</source>
        <translation>Khẳng định</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160" />
        <source>Expected</source>
        <translation>Mong đợi</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160" />
        <source>Got</source>
        <translation>Nhận được</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="160" />
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="214" />
        <source>Scripts may read no file; choose a folder they may read from (expectReplayMatches)</source>
        <translation>Script không được đọc tệp nào; hãy chọn một thư mục mà script được đọc (expectReplayMatches)</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="216" />
        <source>Scripts may read files only inside %1</source>
        <translation>Script chỉ được đọc tệp bên trong %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="228" />
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="269" />
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="269" />
        <source>FAIL</source>
        <translation>TRƯỢT</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="284" />
        <source>log</source>
        <translation>nhật ký</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/scriptpanel.cpp" line="295" />
        <source>Passed: %n assertion(s)</source>
        <translation>
            <numerusform>Đạt: %n khẳng định</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="298" />
        <source>Failed: %1 of %2 assertion(s)</source>
        <translation>Không đạt: %1 trên %2 khẳng định</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="301" />
        <source>Connection failed: %1</source>
        <translation>Kết nối thất bại: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="304" />
        <source>Script error at line %1, column %2: %3</source>
        <translation>Lỗi script tại dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="308" />
        <source>Script error: %1</source>
        <translation>Lỗi script: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="311" />
        <source>Stopped: %1</source>
        <translation>Đã dừng: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/scriptpanel.cpp" line="317" />
        <source> (%1 older result rows not shown; failures first kept)</source>
        <translation> (%1 dòng kết quả cũ hơn không hiển thị; các lỗi đầu tiên được giữ lại)</translation>
    </message>
</context>
<context>
    <name>ScriptRuntime</name>
    <message>
        <location filename="../src/script/scripthost.cpp" line="58" />
        <source>any message</source>
        <translation>mọi thông điệp</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="60" />
        <source>a function</source>
        <translation>một hàm</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="62" />
        <source>no message</source>
        <translation>không có tin nhắn</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="64" />
        <source>A matcher is a string, a RegExp, json(path), a function or a matcher object.</source>
        <translation>Bộ so khớp là một chuỗi, một RegExp, json(path), một hàm hoặc một đối tượng bộ so khớp.</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="67" />
        <source>The connection closed before it opened (code %1).</source>
        <translation>Kết nối đã đóng trước khi mở (mã %1).</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="69" />
        <source>%1 message(s) within %2 ms matching</source>
        <translation>%1 tin nhắn trong vòng %2 ms khớp với</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="71" />
        <source>the connection closed (code %2) after %1 matching message(s)</source>
        <translation>kết nối đã đóng (mã %2) sau %1 tin nhắn khớp</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="74" />
        <source>%1 matching message(s) when it gave up after %2 ms; the last message looked at: %3</source>
        <translation>%1 tin nhắn khớp khi bỏ cuộc sau %2 ms; tin nhắn cuối cùng đã xét: %3</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="78" />
        <source>no message for %1 ms matching</source>
        <translation>không có tin nhắn nào trong %1 ms khớp với</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="80" />
        <source>none arrived</source>
        <translation>không có tin nào đến</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="83" />
        <source>a close within %1 ms</source>
        <translation>đóng kết nối trong vòng %1 ms</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="84" />
        <source>a close with code %1 within %2 ms</source>
        <translation>đóng kết nối với mã %1 trong vòng %2 ms</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="86" />
        <source>closed with code %1 "%2"</source>
        <translation>đã đóng với mã %1 "%2"</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="88" />
        <source>direction is 'in', 'out' or 'any', not '%1'.</source>
        <translation>direction là 'in', 'out' hoặc 'any', không phải '%1'.</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="90" />
        <source>the messages received so far match the recording</source>
        <translation>các tin nhắn nhận được đến giờ khớp với bản ghi</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="93" />
        <source>truthy (not false, 0, "", null, undefined or NaN)</source>
        <translation>truthy (không phải false, 0, "", null, undefined hay NaN)</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="95" />
        <source>falsy (false, 0, "", null, undefined or NaN)</source>
        <translation>falsy (false, 0, "", null, undefined hoặc NaN)</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="97" />
        <source>defined (not undefined)</source>
        <translation>đã định nghĩa (không phải undefined)</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="99" />
        <source>no close after %1 ms</source>
        <translation>chưa đóng sau %1 ms</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="123" />
        <source>There is no URL to connect to.</source>
        <translation>Không có URL để kết nối.</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="132" />
        <source>The connection is not closed.</source>
        <translation>Kết nối chưa đóng.</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="134" />
        <source>The request was refused.</source>
        <translation>Yêu cầu bị từ chối.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/scripthost.cpp" line="235" />
        <source>… (%n more character(s) not shown)</source>
        <translation>
            <numerusform>… (%n ký tự nữa không hiển thị)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="256" />
        <source>%1 runs without an error</source>
        <translation>%1 chạy không lỗi</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="257" />
        <source>no exception</source>
        <translation>không có ngoại lệ</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/scripthost.cpp" line="292" />
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="353" />
        <source>Cannot read the session %1: %2</source>
        <translation>Không đọc được phiên %1: %2</translation>
    </message>
    <message>
        <location filename="../src/script/scripthost.cpp" line="378" />
        <source>http.get and http.post take http:// or https:// URLs, not "%1".</source>
        <translation>http.get và http.post nhận URL http:// hoặc https://, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="123" />
        <source>%1: scripts may read files only inside an allowed folder, and none is set (the Script tab's Allowed folder, or --allow-dir DIR)</source>
        <translation>%1: script chỉ được đọc tệp trong một thư mục được phép, và chưa đặt thư mục nào (Thư mục được phép của thẻ Script, hoặc --allow-dir DIR)</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="133" />
        <source>The allowed folder %1 does not exist.</source>
        <translation>Thư mục được phép %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="137" />
        <source>%1: no such file</source>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="143" />
        <source>%1 is outside the allowed folder %2; scripts may read files only inside it</source>
        <translation>%1 nằm ngoài thư mục được phép %2; script chỉ được đọc tệp bên trong thư mục đó</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="154" />
        <source>The script was stopped.</source>
        <translation>Script đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="188" />
        <source>The script kept running for more than %1 ms without waiting and was stopped (an endless loop?).</source>
        <translation>Script chạy liên tục hơn %1 ms mà không chờ nên đã bị dừng (vòng lặp vô tận?).</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="223" />
        <source>the script finishes</source>
        <translation>script chạy xong</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="224" />
        <source>within %1 ms</source>
        <translation>trong vòng %1 ms</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="225" />
        <source>still running</source>
        <translation>vẫn đang chạy</translation>
    </message>
    <message>
        <location filename="../src/script/scriptruntime.cpp" line="228" />
        <source>The script did not finish within %1 ms.</source>
        <translation>Script không chạy xong trong vòng %1 ms.</translation>
    </message>
    <message>
        <location filename="../work/wt-compare16/src/script/scripthost.cpp" line="379" />
        <source>expectReplayMatches: decode: true needs a decoder pipeline (the tab's, or run --decode SPEC)</source>
        <translation>expectReplayMatches: decode: true cần một chuỗi bước giải mã (của thẻ, hoặc run --decode SPEC)</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="56" />
        <source>OpenSSL could not make a key for the self-signed certificate.</source>
        <translation>OpenSSL không tạo được khóa cho chứng chỉ tự ký.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="82" />
        <source>OpenSSL could not sign the self-signed certificate.</source>
        <translation>OpenSSL không ký được chứng chỉ tự ký.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="91" />
        <source>OpenSSL could not write the self-signed certificate.</source>
        <translation>OpenSSL không ghi được chứng chỉ tự ký.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="113" />
        <source>the private key does not match the certificate's public key</source>
        <translation>khóa riêng không khớp với khóa công khai của chứng chỉ</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/selfsignedcertificate.cpp" line="126" />
        <source>This build has no OpenSSL libcrypto to make a certificate with.</source>
        <translation>Bản dựng này không có libcrypto của OpenSSL để tạo chứng chỉ.</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="14" />
        <source>Send &amp;as</source>
        <translation>Gửi &amp;dưới dạng</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="20" />
        <source>Message type</source>
        <translation>Loại tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="30" />
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="47" />
        <source>Discard paste</source>
        <translation>Bỏ nội dung dán</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="55" />
        <source>Message to send</source>
        <translation>Tin nhắn cần gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.ui" line="61" />
        <source>Send error</source>
        <translation>Lỗi gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="39" />
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="41" />
        <source>Binary (hex)</source>
        <translation>Nhị phân (hex)</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="48" />
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Gửi tin nhắn (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="55" />
        <source>Message check</source>
        <translation>Kiểm tra tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="189" />
        <source>Connect to send messages.</source>
        <translation>Hãy kết nối để gửi tin nhắn.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="173" />
        <source>Hex bytes, e.g. 01 02 ff · Ctrl+Enter sends</source>
        <translation>Các byte hex, vd. 01 02 ff · Ctrl+Enter để gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="40" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="42" />
        <source>Binary (base64)</source>
        <translation>Nhị phân (base64)</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="43" />
        <source>Binary (file)</source>
        <translation>Nhị phân (tệp)</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="44" />
        <source>How the editor's content is sent</source>
        <translation>Cách gửi nội dung trong ô soạn</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="46" />
        <source>Ctrl+Enter sends. Up/Down on the first/last line walk the send history. {{name}} inserts a variable; \{{ is a literal {{.</source>
        <translation>Ctrl+Enter để gửi. Lên/Xuống ở dòng đầu/cuối để duyệt lịch sử gửi. {{name}} chèn một biến; \{{ là chuỗi {{ nguyên văn.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="58" />
        <source>Pretty</source>
        <translation>Định dạng đẹp</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="59" />
        <source>Lay the JSON out with one member per line</source>
        <translation>Trình bày JSON mỗi thành phần một dòng</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="61" />
        <source>Minify</source>
        <translation>Thu gọn</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="62" />
        <source>Remove all whitespace between JSON tokens</source>
        <translation>Bỏ mọi khoảng trắng giữa các thành phần JSON</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="64" />
        <source>Choose File…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="65" />
        <source>Send the bytes of a file as one binary message</source>
        <translation>Gửi nội dung một tệp thành một tin nhắn nhị phân</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="71" />
        <source>Raw Frame</source>
        <translation>Frame thô</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="73" />
        <source>Testing servers: write this payload as frames you describe (opcode, FIN and RSV bits, mask, length field, fragments)</source>
        <translation>Kiểm thử máy chủ: ghi payload này thành các frame bạn mô tả (opcode, bit FIN và RSV, mask, trường độ dài, phân mảnh)</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="167" />
        <source>UTF-8 text · Ctrl+Enter sends</source>
        <translation>Văn bản UTF-8 · Ctrl+Enter để gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="170" />
        <source>JSON · checked as you type</source>
        <translation>JSON · được kiểm tra khi gõ</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="176" />
        <source>Base64, e.g. SGVsbG8= · Ctrl+Enter sends</source>
        <translation>Base64, ví dụ SGVsbG8= · Ctrl+Enter để gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="180" />
        <source>Choose a file to send as one binary message</source>
        <translation>Chọn một tệp để gửi thành một tin nhắn nhị phân</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="181" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="184" />
        <source> · large: the whole file is read into memory and sent as one message</source>
        <translation> · lớn: toàn bộ tệp được đọc vào bộ nhớ và gửi thành một tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="188" />
        <source>Raw frames, for testing · Ctrl+Enter writes them</source>
        <translation>Frame thô, để kiểm thử · Ctrl+Enter ghi chúng</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="191" />
        <source>48 65 6c 6c 6f</source>
        <translation>48 65 6c 6c 6f</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="192" />
        <source>SGVsbG8=</source>
        <translation>SGVsbG8=</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="193" />
        <source>{"type": "subscribe"}</source>
        <translation>{"type": "subscribe"}</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="194" />
        <source>(the file's bytes are sent)</source>
        <translation>(nội dung tệp sẽ được gửi)</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="195" />
        <source>Type a message…</source>
        <translation>Nhập tin nhắn…</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="211" />
        <source>✓ valid JSON</source>
        <translation>✓ JSON hợp lệ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/sendbox.cpp" line="215" />
        <source>✓ %n byte(s)</source>
        <translation>
            <numerusform>✓ %n byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="250" />
        <source>Not valid JSON — %1</source>
        <translation>JSON không hợp lệ — %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="260" />
        <source>Send File</source>
        <translation>Gửi tệp</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="292" />
        <source>A %1 paste is ready to send. It is held outside the editor, which would be slow to show it; the editor shows its beginning, read-only.</source>
        <translation>Một đoạn dán %1 đã sẵn sàng để gửi. Nó được giữ bên ngoài trình soạn thảo, vì hiển thị nó sẽ rất chậm; trình soạn thảo chỉ hiện phần đầu, ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="299" />
        <source>

… %1 more characters, held outside the editor</source>
        <translation>

… còn %1 ký tự nữa, được giữ bên ngoài trình soạn thảo</translation>
    </message>
    <message>
        <location filename="../ui/compose/sendbox.cpp" line="353" />
        <source>Not connected: connect before sending.</source>
        <translation>Chưa kết nối: hãy kết nối trước khi gửi.</translation>
    </message>
</context>
<context>
    <name>ServeClientModel</name>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="101" />
        <source>%1 messages, %2 bytes</source>
        <translation>%1 tin nhắn, %2 byte</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="122" />
        <source>closed %1</source>
        <translation>đã đóng %1</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="139" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="141" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="143" />
        <source>Path</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="145" />
        <source>Subprotocol</source>
        <translation>Giao thức con</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="147" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="149" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="151" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
</context>
<context>
    <name>ServeController</name>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="184" />
        <source>client %1 (%2)</source>
        <translation>máy khách %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="392" />
        <location filename="../src/serve/servecontroller.cpp" line="507" />
        <source>Client %1 is not connected.</source>
        <translation>Máy khách %1 chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="406" />
        <location filename="../src/serve/servecontroller.cpp" line="438" />
        <location filename="../src/serve/servecontroller.cpp" line="478" />
        <source>No client is connected.</source>
        <translation>Không có máy khách nào đang kết nối.</translation>
    </message>
    <message>
        <location filename="../src/serve/servecontroller.cpp" line="543" />
        <source>server stopping</source>
        <translation>máy chủ đang dừng</translation>
    </message>
</context>
<context>
    <name>ServeFault</name>
    <message>
        <location filename="../src/serve/servefault.cpp" line="105" />
        <source>Close with code %1 (written as given, valid or not)</source>
        <translation>Đóng với mã %1 (ghi đúng như đã cho, hợp lệ hay không)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="107" />
        <source>Drop the TCP connection without a Close (the client sees 1006)</source>
        <translation>Cắt kết nối TCP mà không gửi Close (client thấy 1006)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="109" />
        <source>A %1-byte binary frame (a client with a smaller limit closes with 1009)</source>
        <translation>Một khung nhị phân %1 byte (client có giới hạn nhỏ hơn sẽ đóng với 1009)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="112" />
        <source>A frame header that declares 2^62 bytes (the client closes with 1009)</source>
        <translation>Một đầu khung khai báo 2^62 byte (client đóng với 1009)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="115" />
        <source>A text frame that is not UTF-8 (the client closes with 1007)</source>
        <translation>Một khung văn bản không phải UTF-8 (client đóng với 1007)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="117" />
        <source>A frame with reserved opcode %1 (the client closes with 1002)</source>
        <translation>Một khung với opcode dành riêng %1 (client đóng với 1002)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="119" />
        <source>A text frame with RSV%1 set and no extension for it (the client closes with 1002)</source>
        <translation>Một khung văn bản bật RSV%1 mà không có phần mở rộng nào dùng nó (client đóng với 1002)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="123" />
        <source>A masked frame from the server (the client closes with 1002)</source>
        <translation>Một khung có mặt nạ từ máy chủ (client đóng với 1002)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="125" />
        <source>A ping split into two frames (the client closes with 1002)</source>
        <translation>Một ping bị chia thành hai khung (client đóng với 1002)</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="136" />
        <source>"%1": after "@" comes a delay in milliseconds</source>
        <translation>"%1": sau "@" phải là độ trễ tính bằng mili giây</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="155" />
        <source>"%1": unknown fault; one of: %2</source>
        <translation>"%1": lỗi cố ý không xác định; dùng một trong: %2</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="163" />
        <source>"close": a code from 0 to 65535, then :REASON if wanted</source>
        <translation>"close": một mã từ 0 đến 65535, rồi :LÝ_DO nếu muốn</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="172" />
        <source>"oversized": a size in bytes from 1 to 1073741824, or none</source>
        <translation>"oversized": kích thước tính bằng byte từ 1 đến 1073741824, hoặc bỏ trống</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="179" />
        <source>"reserved-opcode": 3 to 7 or 11 to 15</source>
        <translation>"reserved-opcode": 3 đến 7 hoặc 11 đến 15</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="188" />
        <source>"rsv": 1, 2 or 3</source>
        <translation>"rsv": 1, 2 hoặc 3</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="196" />
        <source>"%1" takes no value</source>
        <translation>"%1" không nhận giá trị</translation>
    </message>
</context>
<context>
    <name>ServeFaultPlan</name>
    <message>
        <location filename="../src/serve/servefault.cpp" line="241" />
        <source>"%1": a whole number from %2 to %3</source>
        <translation>"%1": một số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="247" />
        <source>"%1" takes no value</source>
        <translation>"%1" không nhận giá trị</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="254" />
        <source>"refuse": a status from 200 to 599, then :BODY if wanted</source>
        <translation>"refuse": một mã trạng thái từ 200 đến 599, rồi :NỘI_DUNG nếu muốn</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="291" />
        <source>"%1": unknown fault; see --help for the SPECs</source>
        <translation>"%1": lỗi cố ý không xác định; xem --help để biết các SPEC</translation>
    </message>
    <message>
        <location filename="../src/serve/servefault.cpp" line="304" />
        <source>--fault SPEC (testing clients) is one of: refuse=STATUS[:BODY] (answer the upgrade with this status and body), upgrade-delay=MS, no-upgrade (read the upgrade and never answer it), ignore-pings, stop-reading (the client's writes back up), delay=MS, drop-every=N, duplicate-every=N (the messages the server sends), and, done to each client once it is open or MS later with @MS: close=CODE[:REASON] (any code, valid or not), drop-tcp (no Close), oversized[=BYTES] (default: a header declaring 2^62 bytes), invalid-utf8, reserved-opcode[=N] (3), rsv[=1|2|3] (2), masked, fragmented-ping.</source>
        <translation>--fault SPEC (kiểm thử client) là một trong: refuse=STATUS[:BODY] (trả lời yêu cầu nâng cấp bằng trạng thái và nội dung này), upgrade-delay=MS, no-upgrade (đọc yêu cầu nâng cấp và không bao giờ trả lời), ignore-pings, stop-reading (dữ liệu client ghi bị dồn lại), delay=MS, drop-every=N, duplicate-every=N (các tin nhắn máy chủ gửi), và, làm với mỗi client khi nó đã mở hoặc MS sau đó với @MS: close=CODE[:REASON] (mã bất kỳ, hợp lệ hay không), drop-tcp (không có Close), oversized[=BYTES] (mặc định: một đầu khung khai báo 2^62 byte), invalid-utf8, reserved-opcode[=N] (3), rsv[=1|2|3] (2), masked, fragmented-ping.</translation>
    </message>
</context>
<context>
    <name>ServeFaultsPanel</name>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="20" />
        <source>Testing feature: the server breaks the protocol on purpose, to see how a client copes.</source>
        <translation>Tính năng kiểm thử: máy chủ cố ý vi phạm giao thức, để xem client xử lý ra sao.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="41" />
        <source>For clients that connect from now on</source>
        <translation>Cho các client kết nối từ giờ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="42" />
        <source>Refuse the upgrade with status</source>
        <translation>Từ chối nâng cấp với trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="46" />
        <source>Refusal status</source>
        <translation>Trạng thái từ chối</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="48" />
        <source>Retry-After: 30</source>
        <translation>Retry-After: 30</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="49" />
        <source>Refusal headers, one "Name: value" a line</source>
        <translation>Header của lời từ chối, mỗi dòng một "Tên: giá trị"</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="53" />
        <source>the body of the refusal</source>
        <translation>nội dung của lời từ chối</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="54" />
        <source>Refusal body</source>
        <translation>Nội dung từ chối</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="57" />
        <location filename="../ui/serve/servefaultspanel.cpp" line="64" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="59" />
        <source>Never finish the handshake</source>
        <translation>Không bao giờ hoàn tất bắt tay</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="60" />
        <source>Stop answering pings</source>
        <translation>Ngừng trả lời ping</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="61" />
        <source>Stop reading (the client's writes back up)</source>
        <translation>Ngừng đọc (dữ liệu client ghi bị dồn lại)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="68" />
        <location filename="../ui/serve/servefaultspanel.cpp" line="71" />
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="79" />
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="80" />
        <source>Body:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="81" />
        <source>Delay the upgrade by:</source>
        <translation>Trì hoãn nâng cấp:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="85" />
        <source>Hold back each reply by:</source>
        <translation>Giữ lại mỗi câu trả lời:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="86" />
        <source>Drop every Nth reply:</source>
        <translation>Bỏ mỗi câu trả lời thứ N:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="87" />
        <source>Send every Nth reply twice:</source>
        <translation>Gửi hai lần mỗi câu trả lời thứ N:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="109" />
        <source>To the selected clients, now</source>
        <translation>Cho các client đã chọn, ngay bây giờ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="111" />
        <source>Fault</source>
        <translation>Lỗi cố ý</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="112" />
        <source>Close with any code</source>
        <translation>Đóng với mã bất kỳ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="112" />
        <source>Drop TCP without a Close</source>
        <translation>Cắt TCP mà không gửi Close</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="113" />
        <source>Oversized frame</source>
        <translation>Khung quá lớn</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="113" />
        <source>Invalid UTF-8 in a text frame</source>
        <translation>UTF-8 không hợp lệ trong khung văn bản</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="114" />
        <source>Reserved opcode</source>
        <translation>Opcode dành riêng</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="114" />
        <source>RSV bit set</source>
        <translation>Bật bit RSV</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="115" />
        <source>Masked server frame</source>
        <translation>Khung máy chủ có mặt nạ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="115" />
        <source>Fragmented ping</source>
        <translation>Ping bị phân mảnh</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="122" />
        <source>reason (any text)</source>
        <translation>lý do (văn bản bất kỳ)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="123" />
        <source>Close reason</source>
        <translation>Lý do đóng</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="126" />
        <source>&amp;Do It</source>
        <translation>&amp;Thực hiện</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="127" />
        <source>Do this to each selected client now</source>
        <translation>Làm điều này với mỗi client đã chọn ngay bây giờ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="156" />
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="162" />
        <source>Bytes:</source>
        <translation>Byte:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="165" />
        <source>header says 2^62</source>
        <translation>đầu khung ghi 2^62</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="168" />
        <source>Opcode:</source>
        <translation>Opcode:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servefaultspanel.cpp" line="174" />
        <source>RSV bit:</source>
        <translation>Bit RSV:</translation>
    </message>
</context>
<context>
    <name>ServeMergedLogModel</name>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="218" />
        <source>Client %1 (%2)</source>
        <translation>Client %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/serve/serveclientmodel.cpp" line="224" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="56" />
        <source>Clients</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="67" />
        <source>Log of all clients</source>
        <translation>Nhật ký của mọi client</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="78" />
        <source>All Clients</source>
        <translation>Mọi client</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="79" />
        <source>Selected Client</source>
        <translation>Client đã chọn</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="84" />
        <source>Script: %1</source>
        <translation>Script: %1</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="92" />
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="93" />
        <location filename="../ui/serve/servepage.cpp" line="203" />
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="94" />
        <source>Faults</source>
        <translation>Lỗi cố ý</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="95" />
        <source>Variables</source>
        <translation>Biến</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="96" />
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="172" />
        <source>Not listening. Clients that connect are answered by echo, your rules or a recording; each becomes a row on the left.</source>
        <translation>Chưa lắng nghe. Client kết nối tới được trả lời bằng echo, quy tắc của bạn hoặc một bản ghi; mỗi client là một dòng bên trái.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="190" />
        <source>Listen address</source>
        <translation>Địa chỉ lắng nghe</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="191" />
        <source>127.0.0.1 lets only this computer in; type 0.0.0.0 or another address to let others connect</source>
        <translation>127.0.0.1 chỉ cho máy này kết nối; gõ 0.0.0.0 hoặc địa chỉ khác để cho máy khác kết nối</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="197" />
        <source>any free port</source>
        <translation>cổng trống bất kỳ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="198" />
        <source>Listen on port</source>
        <translation>Lắng nghe trên cổng</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="200" />
        <source>paths, e.g. /chat /feed (empty: any)</source>
        <translation>đường dẫn, ví dụ /chat /feed (trống: mọi đường dẫn)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="201" />
        <source>Paths</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="203" />
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="203" />
        <source>Recording</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="204" />
        <source>Answer by</source>
        <translation>Trả lời bằng</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="206" />
        <source>a .wsprobe.jsonl session or a HAR file</source>
        <translation>một phiên .wsprobe.jsonl hoặc một tệp HAR</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="207" />
        <source>Recording to serve</source>
        <translation>Bản ghi để phục vụ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="208" />
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="213" />
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="214" />
        <source>no delays</source>
        <translation>không trễ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="215" />
        <source>Speed of the recorded timing: 2 answers twice as fast, 0 at once</source>
        <translation>Tốc độ so với thời gian đã ghi: 2 trả lời nhanh gấp đôi, 0 trả lời ngay</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="216" />
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="217" />
        <source>St&amp;op</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="220" />
        <source>Listen on:</source>
        <translation>Lắng nghe trên:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="222" />
        <source>port:</source>
        <translation>cổng:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="228" />
        <source>Answer by:</source>
        <translation>Trả lời bằng:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="246" />
        <source>Serve a Recording</source>
        <translation>Phục vụ một bản ghi</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="247" />
        <source>Sessions and HAR (*.jsonl *.har);;All files (*)</source>
        <translation>Phiên và HAR (*.jsonl *.har);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="399" />
        <source>Select a connected client first.</source>
        <translation>Hãy chọn một client đang kết nối trước.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="270" />
        <source>"%1" is not an IP address.</source>
        <translation>"%1" không phải là địa chỉ IP.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="304" />
        <source>Serve :%1</source>
        <translation>Phục vụ :%1</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="316" />
        <source>Serve</source>
        <translation>Phục vụ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="435" />
        <source>Not listening.</source>
        <translation>Chưa lắng nghe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servepage.cpp" line="439" />
        <source>Listening on %1 — %n client(s) connected.</source>
        <translation>
            <numerusform>Đang lắng nghe trên %1 — %n client đang kết nối.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="442" />
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 của chứng chỉ: %1</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="90" />
        <source>Find in every client's messages (Enter: next, Shift+Enter: previous)</source>
        <translation>Tìm trong tin nhắn của mọi client (Enter: tiếp theo, Shift+Enter: trước đó)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servepage.cpp" line="91" />
        <source>Find in the log of all clients</source>
        <translation>Tìm trong nhật ký của mọi client</translation>
    </message>
</context>
<context>
    <name>ServeRecording</name>
    <message>
        <location filename="../src/serve/serverecording.cpp" line="41" />
        <source>%1 holds no message to serve</source>
        <translation>%1 không chứa thông điệp nào để phục vụ</translation>
    </message>
</context>
<context>
    <name>ServeResponder</name>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="164" />
        <source>%1 hands messages to a script, but no script is running</source>
        <translation>%1 chuyển tin nhắn cho một script, nhưng không có script nào đang chạy</translation>
    </message>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="166" />
        <location filename="../src/serve/serveresponder.cpp" line="185" />
        <source>rule %1</source>
        <translation>quy tắc %1</translation>
    </message>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="167" />
        <location filename="../src/serve/serveresponder.cpp" line="185" />
        <source>rule "%1"</source>
        <translation>quy tắc "%1"</translation>
    </message>
    <message>
        <location filename="../src/serve/serveresponder.cpp" line="186" />
        <source>%1 could not reply: %2</source>
        <translation>%1 không thể trả lời: %2</translation>
    </message>
</context>
<context>
    <name>ServeRule</name>
    <message>
        <location filename="../src/serve/serverules.cpp" line="236" />
        <source>"code": %1 may not be sent on the wire (RFC 6455 §7.4: 1000–1003, 1007–1014 or 3000–4999); codes a server must not send are in the tab's Faults menu</source>
        <translation>"code": %1 không được gửi trên đường truyền (RFC 6455 §7.4: 1000–1003, 1007–1014 hoặc 3000–4999); các mã máy chủ không được gửi nằm trong menu Lỗi cố ý (Faults) của thẻ</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="115" />
        <source>not a key of a rule (%1)</source>
        <translation>không phải là khóa của quy tắc (%1)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="119" />
        <source>must be a string</source>
        <translation>phải là một chuỗi</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="123" />
        <location filename="../src/serve/serverules.cpp" line="242" />
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="134" />
        <source>must be "message", "connect" or "interval"</source>
        <translation>phải là "message", "connect" hoặc "interval"</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="142" />
        <source>must be an object such as {"type": "plain", "text": "ping"}</source>
        <translation>phải là một đối tượng như {"type": "plain", "text": "ping"}</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="150" />
        <source>only a rule "on": "message" matches messages</source>
        <translation>chỉ quy tắc "on": "message" mới so khớp thông điệp</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="158" />
        <source>missing (an interval rule needs its period in milliseconds)</source>
        <translation>bị thiếu (quy tắc định kỳ cần chu kỳ tính bằng mili giây)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="159" />
        <source>must be a whole number of milliseconds from 1 to 86400000</source>
        <translation>phải là số nguyên mili giây từ 1 đến 86400000</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="161" />
        <source>only a rule "on": "interval" has a period</source>
        <translation>chỉ quy tắc "on": "interval" mới có chu kỳ</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="173" />
        <source>"%1" is not a key of a reply (mode, body)</source>
        <translation>"%1" không phải là khóa của câu trả lời (mode, body)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="181" />
        <source>"body": a script reply has none (the script sends what it likes)</source>
        <translation>"body": phản hồi bằng script không có body (script tự gửi những gì nó muốn)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="186" />
        <source>"mode": must be text, json, hex, base64, file, echo or script</source>
        <translation>"mode": phải là text, json, hex, base64, file, echo hoặc script</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="197" />
        <source>"body": must be a string</source>
        <translation>"body": phải là một chuỗi</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="200" />
        <source>"body": %1</source>
        <translation>"body": %1</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="204" />
        <source>must be a string or an object such as {"mode": "json", "body": …}</source>
        <translation>phải là một chuỗi hoặc một đối tượng như {"mode": "json", "body": …}</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="212" />
        <source>must be "sender" or "all"</source>
        <translation>phải là "sender" hoặc "all"</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="217" />
        <source>must be a whole number of milliseconds from 0 to 86400000</source>
        <translation>phải là số nguyên mili giây từ 0 đến 86400000</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="221" />
        <source>must be a whole number from 0 (0: without end)</source>
        <translation>phải là số nguyên từ 0 (0: không giới hạn)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="229" />
        <source>must be an object with a "code" from 1000 to 4999 (and a "reason")</source>
        <translation>phải là một đối tượng có "code" từ 1000 đến 4999 (và một "reason")</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="233" />
        <source>"reason": must be a string</source>
        <translation>"reason": phải là một chuỗi</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="235" />
        <source>"reason": longer than the 123 bytes a Close frame holds</source>
        <translation>"reason": dài hơn 123 byte mà một khung Close chứa được</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="247" />
        <source>"mode": script answers a message; the script's onClientConnect handles connections</source>
        <translation>"mode": script trả lời một tin nhắn; onClientConnect của script xử lý các kết nối</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="250" />
        <source>missing (a connect or interval rule must send or close)</source>
        <translation>bị thiếu (quy tắc kết nối hoặc định kỳ phải gửi hoặc đóng)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="253" />
        <source>a script reply is sent when and to whom the script says (sleep, broadcast)</source>
        <translation>phản hồi bằng script được gửi khi nào và tới ai là do script quyết định (sleep, broadcast)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="258" />
        <source>"mode": echo answers a message; a %1 rule has none</source>
        <translation>"mode": echo trả lời một thông điệp; quy tắc %1 không có thông điệp nào</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="268" />
        <source>on %1</source>
        <translation>khi %1</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="271" />
        <source>on connect</source>
        <translation>khi kết nối</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="274" />
        <source>every %1 ms</source>
        <translation>mỗi %1 ms</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="279" />
        <source>echo</source>
        <translation>phản hồi lại</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="281" />
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="283" />
        <source>send to all</source>
        <translation>gửi cho tất cả</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="283" />
        <source>reply</source>
        <translation>trả lời</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="285" />
        <source>close %1</source>
        <translation>đóng %1</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="287" />
        <source>stop</source>
        <translation>dừng</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="290" />
        <source> after %1 ms</source>
        <translation> sau %1 ms</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="292" />
        <source>, %1×</source>
        <translation>, %1 lần</translation>
    </message>
</context>
<context>
    <name>ServeRules</name>
    <message>
        <location filename="../src/serve/serverules.cpp" line="44" />
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="308" />
        <source>echo</source>
        <translation>phản hồi lại</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="361" />
        <source>not a rules file: the top level must be an object with "format": "%1"</source>
        <translation>không phải tệp quy tắc: cấp ngoài cùng phải là một đối tượng có "format": "%1"</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="366" />
        <source>"format": must be "%1"</source>
        <translation>"format": phải là "%1"</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="370" />
        <source>"version": must be a whole number from 1</source>
        <translation>"version": phải là số nguyên từ 1</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="372" />
        <source>"version": %1 was written by a newer Wsprobe (this one reads %2)</source>
        <translation>"version": %1 được ghi bởi Wsprobe mới hơn (bản này đọc %2)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="379" />
        <source>"%1": not a key of a rules file (format, version, faults, rules, script)</source>
        <translation>"%1": không phải khóa của tệp quy tắc (format, version, faults, rules, script)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="386" />
        <source>"script": must be the path of a JavaScript file</source>
        <translation>"script": phải là đường dẫn của một tệp JavaScript</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="391" />
        <source>"faults": must be an object</source>
        <translation>"faults": phải là một đối tượng</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="397" />
        <source>"faults": "delayMs": must be a whole number of milliseconds from 0 to 86400000</source>
        <translation>"faults": "delayMs": phải là số nguyên mili giây từ 0 đến 86400000</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="403" />
        <source>"faults": "%1": must be a whole number from 0 (0: never)</source>
        <translation>"faults": "%1": phải là số nguyên từ 0 (0: không bao giờ)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="408" />
        <source>"faults": "%1": not a fault (delayMs, dropEvery, duplicateEvery)</source>
        <translation>"faults": "%1": không phải là một lỗi giả lập (delayMs, dropEvery, duplicateEvery)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="416" />
        <source>"rules": missing (a list of rules, maybe empty)</source>
        <translation>"rules": bị thiếu (một danh sách quy tắc, có thể rỗng)</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="417" />
        <source>"rules": must be a list</source>
        <translation>"rules": phải là một danh sách</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="424" />
        <source>rule %1</source>
        <translation>quy tắc %1</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="425" />
        <source>rule %1 ("%2")</source>
        <translation>quy tắc %1 ("%2")</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="427" />
        <source>%1: must be an object</source>
        <translation>%1: phải là một đối tượng</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="433" />
        <source>%1: "reply": "mode": script needs the file's "script": "FILE.js"</source>
        <translation>%1: "reply": "mode": script cần khóa "script": "FILE.js" của tệp</translation>
    </message>
    <message>
        <location filename="../src/serve/serverules.cpp" line="452" />
        <source>%1: larger than 16 MiB; not a rules file</source>
        <translation>%1: lớn hơn 16 MiB; không phải tệp quy tắc</translation>
    </message>
</context>
<context>
    <name>ServeRulesPanel</name>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="24" />
        <source>&amp;Apply</source>
        <translation>&amp;Áp dụng</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="27" />
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="27" />
        <source>What it does</source>
        <translation>Việc nó làm</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="27" />
        <source>Fired</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="32" />
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="33" />
        <source>Rules as JSON</source>
        <translation>Quy tắc dạng JSON</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="40" />
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="41" />
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="42" />
        <source>Echo Rule</source>
        <translation>Quy tắc echo</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="43" />
        <source>Use what the editor holds (Ctrl+Return)</source>
        <translation>Dùng nội dung trong trình soạn (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="45" />
        <source>Read a rules file (format "wsprobe-serve-rules")</source>
        <translation>Đọc một tệp quy tắc (định dạng "wsprobe-serve-rules")</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="46" />
        <source>Write the applied rules to a file</source>
        <translation>Ghi các quy tắc đang áp dụng ra tệp</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="47" />
        <source>Put the one rule of echo mode into the editor</source>
        <translation>Đưa quy tắc duy nhất của chế độ echo vào trình soạn</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="66" />
        <source>Import Rules</source>
        <translation>Nhập quy tắc</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="67" />
        <location filename="../ui/serve/serverulespanel.cpp" line="74" />
        <source>Rules (*.json);;All files (*)</source>
        <translation>Quy tắc (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="73" />
        <source>Export Rules</source>
        <translation>Xuất quy tắc</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="159" />
        <source>rule %1</source>
        <translation>quy tắc %1</translation>
    </message>
    <message>
        <location filename="../ui/serve/serverulespanel.cpp" line="161" />
        <source>%1 (off)</source>
        <translation>%1 (tắt)</translation>
    </message>
</context>
<context>
    <name>ServeScriptBar</name>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="18" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="19" />
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="23" />
        <source>none: "script" rules have nothing to answer them</source>
        <translation>không có: các quy tắc "script" không có gì trả lời</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="24" />
        <source>Script file</source>
        <translation>Tệp script</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="25" />
        <source>A JavaScript file whose onClientMessage answers the "script" rules (the rules file's "script"); it runs while the server listens</source>
        <translation>Tệp JavaScript có onClientMessage trả lời các quy tắc "script" ("script" của tệp quy tắc); nó chạy khi máy chủ đang lắng nghe</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="28" />
        <source>Choose the script file</source>
        <translation>Chọn tệp script</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="29" />
        <source>Run the file again as it is now, in a fresh runtime</source>
        <translation>Chạy lại tệp như hiện tại, trong một môi trường chạy mới</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="32" />
        <source>Script output</source>
        <translation>Đầu ra của script</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="37" />
        <source>What the script logs and its problems appear here.</source>
        <translation>Những gì script ghi log và các sự cố của nó hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="42" />
        <source>Script:</source>
        <translation>Script:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="60" />
        <source>Serve Script</source>
        <translation>Script phục vụ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="61" />
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="68" />
        <location filename="../ui/serve/servescriptbar.cpp" line="78" />
        <source>Problem: %1</source>
        <translation>Sự cố: %1</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="82" />
        <source>— %1 started (run %2) —</source>
        <translation>— %1 đã khởi động (lần chạy %2) —</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="118" />
        <source>no script</source>
        <translation>không có script</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="120" />
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <location filename="../ui/serve/servescriptbar.cpp" line="120" />
        <source>runs while the server listens</source>
        <translation>chạy khi máy chủ đang lắng nghe</translation>
    </message>
</context>
<context>
    <name>ServeScriptRunner</name>
    <message>
        <location filename="../src/script/servescriptrunner.cpp" line="45" />
        <source>The script runs while the server listens; start the server.</source>
        <translation>Script chạy khi máy chủ đang lắng nghe; hãy khởi động máy chủ.</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptrunner.cpp" line="50" />
        <source>No script file is chosen.</source>
        <translation>Chưa chọn tệp script nào.</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptrunner.cpp" line="103" />
        <source>a "script" rule matched a message of client %1, but the script is not running</source>
        <translation>một quy tắc "script" khớp với một tin nhắn của máy khách %1, nhưng script không chạy</translation>
    </message>
</context>
<context>
    <name>ServeScriptSession</name>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="70" />
        <source>a "script" rule matched, but the script has no onClientMessage(client, msg) function</source>
        <translation>một quy tắc "script" khớp, nhưng script không có hàm onClientMessage(client, msg)</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="79" />
        <location filename="../src/script/servescriptsession.cpp" line="89" />
        <location filename="../src/script/servescriptsession.cpp" line="97" />
        <source>Client %1 is not connected.</source>
        <translation>Máy khách %1 chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="99" />
        <source>close code %1: a script closes with 1000 or 3000–4999</source>
        <translation>mã đóng %1: script đóng với 1000 hoặc 3000–4999</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="102" />
        <source>close reason longer than the 123 bytes a Close frame holds</source>
        <translation>lý do đóng dài hơn 123 byte mà một frame Close chứa được</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/servescriptsession.cpp" line="163" />
        <source>… (%n more character(s) not shown)</source>
        <translation>
            <numerusform>… (%n ký tự nữa không hiển thị)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/script/servescriptsession.cpp" line="183" />
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="216" />
        <source>%1: larger than 16 MiB; not a script</source>
        <translation>%1: lớn hơn 16 MiB; không phải một script</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="240" />
        <source>%1: the script kept running for more than %2 ms without waiting (an endless loop?)</source>
        <translation>%1: script chạy liên tục hơn %2 ms mà không chờ (vòng lặp vô tận?)</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="264" />
        <source>%1 (%2:%3): %4</source>
        <translation>%1 (%2:%3): %4</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="265" />
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/script/servescriptsession.cpp" line="285" />
        <source>kept running for more than %1 ms without waiting and was interrupted (an endless loop?); the server goes on</source>
        <translation>chạy liên tục hơn %1 ms mà không chờ và đã bị ngắt (vòng lặp vô tận?); máy chủ vẫn tiếp tục</translation>
    </message>
</context>
<context>
    <name>ServeSendPanel</name>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="23" />
        <source>the selected clients</source>
        <translation>các client đã chọn</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="23" />
        <source>all clients</source>
        <translation>mọi client</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="24" />
        <source>Send to</source>
        <translation>Gửi tới</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="28" />
        <source>&amp;Ping</source>
        <translation>&amp;Ping</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="29" />
        <source>Ping the chosen clients</source>
        <translation>Ping các client đã chọn</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="30" />
        <source>&amp;Close…</source>
        <translation>Đó&amp;ng…</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="31" />
        <source>Close the chosen clients with any code</source>
        <translation>Đóng các client đã chọn với mã bất kỳ</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="35" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="36" />
        <source>Repeat every</source>
        <translation>Lặp lại mỗi</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="39" />
        <source>until stopped</source>
        <translation>cho đến khi dừng</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="40" />
        <source> times</source>
        <translation> lần</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="41" />
        <source>Repeat how many times</source>
        <translation>Lặp lại bao nhiêu lần</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="42" />
        <location filename="../ui/serve/servesendpanel.cpp" line="73" />
        <source>&amp;Repeat</source>
        <translation>&amp;Lặp lại</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="43" />
        <source>Send the composed message to the chosen clients every interval (skipped for a client whose buffer is full)</source>
        <translation>Gửi tin nhắn đã soạn tới các client đã chọn sau mỗi khoảng thời gian (bỏ qua client có bộ đệm đầy)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="46" />
        <source>Send to:</source>
        <translation>Gửi tới:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="49" />
        <source>every</source>
        <translation>mỗi</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="61" />
        <location filename="../ui/serve/servesendpanel.cpp" line="105" />
        <source>Select a connected client first.</source>
        <translation>Hãy chọn một client đang kết nối trước.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="73" />
        <source>Stop &amp;Repeat</source>
        <translation>Dừng &amp;lặp lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servesendpanel.cpp" line="75" />
        <source>Repeat: %n message(s) sent</source>
        <translation>
            <numerusform>Lặp lại: đã gửi %n tin nhắn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servesendpanel.cpp" line="77" />
        <source>, to %n client(s).</source>
        <translation>
            <numerusform>, tới %n client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/serve/servesendpanel.cpp" line="78" />
        <source>, stopped.</source>
        <translation>, đã dừng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/serve/servesendpanel.cpp" line="116" />
        <source>Pinged %n client(s).</source>
        <translation>
            <numerusform>Đã ping %n client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeSettingsPanel</name>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="44" />
        <source>Accept permessage-deflate when a client offers it</source>
        <translation>Chấp nhận permessage-deflate khi client đề nghị</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="45" />
        <source>server_no_context_takeover</source>
        <translation>server_no_context_takeover</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="46" />
        <source>client_no_context_takeover</source>
        <translation>client_no_context_takeover</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="50" />
        <source>Record each client as a session in:</source>
        <translation>Ghi mỗi client thành một phiên trong:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="52" />
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="55" />
        <source>none (never choose one)</source>
        <translation>không (không bao giờ chọn)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="56" />
        <source>the client's first</source>
        <translation>cái đầu tiên của client</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="57" />
        <source>the first of these the client offers</source>
        <translation>cái đầu tiên trong số này mà client đề nghị</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="60" />
        <source>Subprotocol to choose</source>
        <translation>Subprotocol sẽ chọn</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="61" />
        <source>e.g. graphql-transport-ws, mqtt (in your order)</source>
        <translation>ví dụ graphql-transport-ws, mqtt (theo thứ tự của bạn)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="62" />
        <source>Subprotocols in order of preference</source>
        <translation>Các subprotocol theo thứ tự ưu tiên</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="64" />
        <source>Ask that the server start each message with a fresh compression context</source>
        <translation>Yêu cầu máy chủ bắt đầu mỗi tin nhắn với ngữ cảnh nén mới</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="66" />
        <source>Ask that the client start each message with a fresh compression context</source>
        <translation>Yêu cầu client bắt đầu mỗi tin nhắn với ngữ cảnh nén mới</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="71" />
        <source>The largest LZ77 window, 2^N bytes (15: no limit asked for)</source>
        <translation>Cửa sổ LZ77 lớn nhất, 2^N byte (15: không yêu cầu giới hạn)</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="73" />
        <location filename="../ui/serve/servesettingspanel.cpp" line="102" />
        <source>server_max_window_bits</source>
        <translation>server_max_window_bits</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="74" />
        <location filename="../ui/serve/servesettingspanel.cpp" line="104" />
        <source>client_max_window_bits</source>
        <translation>client_max_window_bits</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="75" />
        <source>X-Served-By: wsprobe</source>
        <translation>X-Served-By: wsprobe</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="76" />
        <source>Headers added to the 101, one "Name: value" a line</source>
        <translation>Header thêm vào phản hồi 101, mỗi dòng một "Tên: giá trị"</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="79" />
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="80" />
        <source>Folder to record clients to</source>
        <translation>Thư mục để ghi các client</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="81" />
        <source>Each client is journaled as a .wsprobe.jsonl session, as wsprobe-cli serve -o does: the first of a run as serve-DATE-TIME.wsprobe.jsonl, later ones numbered beside it</source>
        <translation>Mỗi client được ghi thành một phiên .wsprobe.jsonl, như wsprobe-cli serve -o: client đầu tiên của một lần chạy là serve-NGÀY-GIỜ.wsprobe.jsonl, các client sau được đánh số bên cạnh</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="85" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="89" />
        <source>Upgrade response</source>
        <translation>Phản hồi nâng cấp</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="94" />
        <source>Subprotocol:</source>
        <translation>Subprotocol:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="100" />
        <source>Deflate asks for:</source>
        <translation>Deflate yêu cầu:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="108" />
        <source>101 headers:</source>
        <translation>Header của 101:</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="132" />
        <source>Record Clients To</source>
        <translation>Ghi các client vào</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="163" />
        <source>Choose a certificate and its key, or a self-signed certificate.</source>
        <translation>Hãy chọn một chứng chỉ và khóa của nó, hoặc một chứng chỉ tự ký.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="170" />
        <source>List the subprotocols to choose from, in order of preference.</source>
        <translation>Hãy liệt kê các subprotocol để chọn, theo thứ tự ưu tiên.</translation>
    </message>
    <message>
        <location filename="../ui/serve/servesettingspanel.cpp" line="181" />
        <source>101 headers: %1</source>
        <translation>Header của 101: %1</translation>
    </message>
</context>
<context>
    <name>ServeUi</name>
    <message>
        <location filename="../ui/serve/serveui.cpp" line="9" />
        <source>New &amp;Serve Tab</source>
        <translation>Thẻ &amp;phục vụ mới</translation>
    </message>
    <message>
        <location filename="../ui/serve/serveui.cpp" line="10" />
        <source>Stand in for a server: echo, answer by rules or a recording, and misbehave on purpose (Ctrl+Shift+S)</source>
        <translation>Đóng vai máy chủ: echo, trả lời theo quy tắc hoặc bản ghi, và cố ý làm sai (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/serve/serveui.cpp" line="25" />
        <source>Serve</source>
        <translation>Phục vụ</translation>
    </message>
</context>
<context>
    <name>ServerEngine</name>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="161" />
        <source>The WebSocket upgrade from %1 was refused with HTTP %2: %3</source>
        <translation>Yêu cầu nâng cấp WebSocket từ %1 đã bị từ chối với HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="255" />
        <source>Protocol error by the client %1: %2. Wsprobe closes the connection with code %3.</source>
        <translation>Lỗi giao thức từ máy khách %1: %2. Wsprobe đóng kết nối với mã %3.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="204" />
        <source>Wsprobe dropped the TCP connection to %1 without a closing handshake, as asked.</source>
        <translation>Wsprobe đã cắt kết nối TCP tới %1 mà không bắt tay đóng, như được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="217" />
        <source>The client %1 closed the connection during the opening handshake.</source>
        <translation>Máy khách %1 đã đóng kết nối trong lúc bắt tay mở.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="260" />
        <source>The client %1 closed the TCP connection without a closing handshake.</source>
        <translation>Máy khách %1 đã đóng kết nối TCP mà không bắt tay đóng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="228" />
        <source>The TLS handshake with the client %1 failed: %2</source>
        <translation>Bắt tay TLS với máy khách %1 thất bại: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="186" />
        <source>A large frame is still being written to %1; wait until it is out.</source>
        <translation>Một frame lớn vẫn đang được ghi tới %1; hãy đợi đến khi ghi xong.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="231" />
        <source>Network error with the client %1: %2</source>
        <translation>Lỗi mạng với máy khách %1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="242" />
        <source>No WebSocket upgrade request from %1 within %2 ms; the connection was dropped.</source>
        <translation>Không có yêu cầu nâng cấp WebSocket từ %1 trong vòng %2 ms; kết nối đã bị cắt.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverengine.cpp" line="265" />
        <source>The client %1 did not answer the Close frame within %2 ms.</source>
        <translation>Máy khách %1 không trả lời khung Close trong vòng %2 ms.</translation>
    </message>
</context>
<context>
    <name>ServerHandshake</name>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="94" />
        <source>The client sent a TLS handshake to a plain ws:// port (first bytes: %1).</source>
        <translation>Máy khách gửi bắt tay TLS tới một cổng ws:// thường (các byte đầu: %1).</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="102" />
        <source>The client sent bytes that are not an HTTP request: "%1".</source>
        <translation>Máy khách gửi các byte không phải yêu cầu HTTP: "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="116" />
        <source>The client's request head exceeds %1 bytes.</source>
        <translation>Phần đầu yêu cầu của máy khách vượt quá %1 byte.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="141" />
        <source>The client's first line is not an HTTP request line: "%1".</source>
        <translation>Dòng đầu của máy khách không phải dòng yêu cầu HTTP: "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="157" />
        <source>The client folded a header over several lines (obsolete line folding, which RFC 9112 §5.2 has a server reject): "%1".</source>
        <translation>Máy khách gập một header qua nhiều dòng (cách gập dòng lỗi thời mà RFC 9112 §5.2 yêu cầu máy chủ từ chối): "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="163" />
        <source>The client sent a malformed header line: "%1".</source>
        <translation>Máy khách gửi một dòng header sai dạng: "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="177" />
        <source>The client used the method %1; a WebSocket upgrade must be a GET.</source>
        <translation>Máy khách dùng phương thức %1; yêu cầu nâng cấp WebSocket phải là GET.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="182" />
        <source>The client spoke %1; a WebSocket upgrade needs HTTP/1.1.</source>
        <translation>Máy khách dùng %1; nâng cấp WebSocket cần HTTP/1.1.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="187" />
        <source>The client asked for the path %1, which this server does not serve (it serves %2).</source>
        <translation>Máy khách yêu cầu đường dẫn %1, đường dẫn mà máy chủ này không phục vụ (máy chủ phục vụ %2).</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="192" />
        <source>The client's request has %1 Host headers; HTTP/1.1 requires exactly one.</source>
        <translation>Yêu cầu của máy khách có %1 header Host; HTTP/1.1 yêu cầu đúng một.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="198" />
        <source>The client's request has no "Upgrade: websocket" header (it is %1): a plain HTTP request, not a WebSocket upgrade.</source>
        <translation>Yêu cầu của máy khách không có header "Upgrade: websocket" (giá trị là %1): một yêu cầu HTTP thường, không phải nâng cấp WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="201" />
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="206" />
        <source>The client's Connection header is "%1"; it must contain "Upgrade".</source>
        <translation>Header Connection của máy khách là "%1"; nó phải chứa "Upgrade".</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="211" />
        <source>The client's request has no Sec-WebSocket-Key header.</source>
        <translation>Yêu cầu của máy khách không có header Sec-WebSocket-Key.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="212" />
        <source>The client's request has %1 Sec-WebSocket-Key headers.</source>
        <translation>Yêu cầu của máy khách có %1 header Sec-WebSocket-Key.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="216" />
        <source>The client's Sec-WebSocket-Key "%1" is not 16 bytes in base64 (RFC 6455 §4.1).</source>
        <translation>Sec-WebSocket-Key "%1" của máy khách không phải 16 byte dạng base64 (RFC 6455 §4.1).</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="224" />
        <source>The client's request has no Sec-WebSocket-Version header.</source>
        <translation>Yêu cầu của máy khách không có header Sec-WebSocket-Version.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="225" />
        <source>The client asked for WebSocket version %1; this server speaks 13.</source>
        <translation>Máy khách yêu cầu WebSocket phiên bản %1; máy chủ này dùng phiên bản 13.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/serverhandshake.cpp" line="240" />
        <source>Refused the upgrade with HTTP %1, as this server is set to.</source>
        <translation>Đã từ chối nâng cấp với HTTP %1, theo cài đặt của máy chủ này.</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="18" />
        <source>The %1 file %2 does not exist.</source>
        <translation>Tệp %1 %2 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="23" />
        <source>Cannot read the %1 file %2: %3</source>
        <translation>Không đọc được tệp %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="44" />
        <location filename="../src/protocol/server/servertls.cpp" line="51" />
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="63" />
        <source>certificate</source>
        <translation>chứng chỉ</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="67" />
        <source>The certificate file %1 holds no PEM certificate ("-----BEGIN CERTIFICATE-----").</source>
        <translation>Tệp chứng chỉ %1 không chứa chứng chỉ PEM nào ("-----BEGIN CERTIFICATE-----").</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="74" />
        <source>private key</source>
        <translation>khóa riêng</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="79" />
        <source>The private key in %1 is encrypted and the passphrase does not open it.</source>
        <translation>Khóa riêng trong %1 đã được mã hóa và cụm mật khẩu không mở được nó.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="81" />
        <source>The file %1 holds no private key in PEM (RSA, EC or DSA).</source>
        <translation>Tệp %1 không chứa khóa riêng PEM nào (RSA, EC hoặc DSA).</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="86" />
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>Khóa riêng trong %1 không thuộc về chứng chỉ trong %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="112" />
        <source>This build of Wsprobe cannot make a self-signed certificate (it was built without OpenSSL's libcrypto). Give a certificate and key file instead.</source>
        <translation>Bản dựng Wsprobe này không tạo được chứng chỉ tự ký (nó được dựng không có libcrypto của OpenSSL). Hãy chỉ định tệp chứng chỉ và tệp khóa.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="121" />
        <source>Cannot create the folder %1 for the self-signed certificate.</source>
        <translation>Không tạo được thư mục %1 cho chứng chỉ tự ký.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/servertls.cpp" line="147" />
        <source>TLS needs a certificate file (and its key), or a self-signed certificate.</source>
        <translation>TLS cần một tệp chứng chỉ (và khóa của nó), hoặc một chứng chỉ tự ký.</translation>
    </message>
</context>
<context>
    <name>ServerTlsEditor</name>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="25" />
        <source>ws:// (no TLS)</source>
        <translation>ws:// (không TLS)</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="26" />
        <source>wss:// with a certificate and key file</source>
        <translation>wss:// với tệp chứng chỉ và khóa</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="27" />
        <source>wss:// with a self-signed certificate</source>
        <translation>wss:// với chứng chỉ tự ký</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="28" />
        <source>Listen with TLS</source>
        <translation>Lắng nghe với TLS</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="29" />
        <source>server certificate (PEM), its chain after it</source>
        <translation>chứng chỉ máy chủ (PEM), chuỗi chứng chỉ theo sau</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="30" />
        <source>Server certificate file</source>
        <translation>Tệp chứng chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="31" />
        <source>its private key (PEM)</source>
        <translation>khóa riêng của nó (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="32" />
        <source>Server key file</source>
        <translation>Tệp khóa máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="34" />
        <source>only for an encrypted key</source>
        <translation>chỉ cho khóa được mã hóa</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="35" />
        <source>Server key passphrase</source>
        <translation>Mật khẩu khóa máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="37" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="38" />
        <source>Choose a file</source>
        <translation>Chọn một tệp</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="52" />
        <source>&amp;Listen as:</source>
        <translation>&amp;Lắng nghe dạng:</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="54" />
        <source>C&amp;ertificate:</source>
        <translation>C&amp;hứng chỉ:</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="56" />
        <source>&amp;Key:</source>
        <translation>&amp;Khóa:</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="60" />
        <source>Passphrase:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="72" />
        <source>Choose the server certificate</source>
        <translation>Chọn chứng chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="73" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="74" />
        <source>Choose the server's private key</source>
        <translation>Chọn khóa riêng của máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="75" />
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Khóa (*.pem *.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="121" />
        <source>Certificate fingerprint (SHA-256):
%1</source>
        <translation>Dấu vân tay chứng chỉ (SHA-256):
%1</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="133" />
        <source>Clients connect with ws://, unencrypted.</source>
        <translation>Client kết nối bằng ws://, không mã hóa.</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="136" />
        <source>Clients must trust this certificate (or its issuer).</source>
        <translation>Client phải tin cậy chứng chỉ này (hoặc bên cấp nó).</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="141" />
        <source>Made on first use and kept in %1, for localhost and 127.0.0.1. Clients must trust it: give them the .pem file, or compare the fingerprint.</source>
        <translation>Được tạo ở lần dùng đầu và lưu trong %1, cho localhost và 127.0.0.1. Client phải tin cậy nó: đưa cho client tệp .pem, hoặc so dấu vân tay.</translation>
    </message>
    <message>
        <location filename="../ui/connection/servertlseditor.cpp" line="144" />
        <source>This build cannot make certificates (it was built without OpenSSL): choose a certificate and key file.</source>
        <translation>Bản dựng này không tạo được chứng chỉ (được dựng không có OpenSSL): hãy chọn tệp chứng chỉ và khóa.</translation>
    </message>
</context>
<context>
    <name>SessionCompare</name>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="96" />
        <source>(absent)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="154" />
        <source>The regular expression "%1" is not valid: %2 at position %3.</source>
        <translation>Biểu thức chính quy "%1" không hợp lệ: %2 tại vị trí %3.</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="181" />
        <source>type: %1 → %2</source>
        <translation>kiểu: %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="189" />
        <source>bytes differ from offset %1 (%2 B → %3 B)</source>
        <translation>các byte khác nhau từ vị trí %1 (%2 B → %3 B)</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="206" />
        <source>text differs from character %1: "%2" → "%3"</source>
        <translation>văn bản khác nhau từ ký tự %1: "%2" → "%3"</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="304" />
        <source>PASS: %1 message(s) the same.</source>
        <translation>ĐẠT: %1 tin nhắn giống nhau.</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="305" />
        <source>FAIL: %1 the same, %2 changed, %3 missing, %4 extra.</source>
        <translation>KHÔNG ĐẠT: %1 giống, %2 đổi, %3 thiếu, %4 thừa.</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="320" />
        <source>~ recorded #%1 / replayed #%2:
</source>
        <translation>~ đã ghi #%1 / đã phát lại #%2:
</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="327" />
        <source>- recorded #%1 not received: %2
</source>
        <translation>- đã ghi #%1 nhưng không nhận được: %2
</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="332" />
        <source>+ replayed #%1 not in the recording: %2
</source>
        <translation>+ phát lại #%1 không có trong bản ghi: %2
</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="286" />
        <source>The decoder "%1" cannot be used: %2</source>
        <translation>Không dùng được bộ giải mã "%1": %2</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="287" />
        <source>it has no steps.</source>
        <translation>nó không có bước nào.</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="336" />
        <source>not decoded on the recorded side: %1</source>
        <translation>không giải mã được ở phía bản ghi: %1</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="338" />
        <source>not decoded on the replayed side: %1</source>
        <translation>không giải mã được ở phía phát lại: %1</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="449" />
        <source>Compared the values decoded by %1.</source>
        <translation>Đã so sánh các giá trị được giải mã bằng %1.</translation>
    </message>
    <message>
        <location filename="../src/replay/sessioncompare.cpp" line="451" />
        <source>Not decoded, compared as sent: %1 recorded and %2 replayed message(s).</source>
        <translation>Không giải mã được, so sánh như khi gửi: %1 tin nhắn đã ghi và %2 tin nhắn phát lại.</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="30" />
        <source>No rows are selected; nothing was saved.</source>
        <translation>Chưa chọn hàng nào; không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="31" />
        <source>The filter shows no rows; nothing was saved.</source>
        <translation>Bộ lọc không hiện hàng nào; không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="60" />
        <source>Cannot Save Session</source>
        <translation>Không thể lưu phiên</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../src/session/session.cpp" line="516" />
        <source>the first line is not a JSON object (%1)</source>
        <translation>dòng đầu tiên không phải một đối tượng JSON (%1)</translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="518" />
        <source>near byte %1</source>
        <translation>gần byte %1</translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="519" />
        <source>%1 at byte %2</source>
        <translation>%1 tại byte %2</translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="524" />
        <source>the first line names the format "%1", not "%2"</source>
        <translation>dòng đầu tiên ghi định dạng "%1", không phải "%2"</translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="528" />
        <source>the header's "version" must be a whole number from 1</source>
        <translation>"version" của phần đầu phải là số nguyên từ 1</translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="532" />
        <source>the file is version %1 of the session format, written by a newer Wsprobe; this one reads versions up to %2</source>
        <translation>tệp dùng phiên bản %1 của định dạng phiên, do một Wsprobe mới hơn ghi; bản này đọc được đến phiên bản %2</translation>
    </message>
    <message>
        <location filename="../src/session/session.cpp" line="539" />
        <source>the header's "created" time is missing or not ISO 8601</source>
        <translation>thời điểm "created" của phần đầu bị thiếu hoặc không theo ISO 8601</translation>
    </message>
</context>
<context>
    <name>SessionLibrary</name>
    <message>
        <location filename="../src/session/sessionlibrary.cpp" line="139" />
        <source>Cannot create the sessions folder %1.</source>
        <translation>Không thể tạo thư mục phiên %1.</translation>
    </message>
    <message>
        <location filename="../src/session/sessionlibrary.cpp" line="185" />
        <source>%1 is still being recorded.</source>
        <translation>%1 vẫn đang được ghi.</translation>
    </message>
    <message>
        <location filename="../src/session/sessionlibrary.cpp" line="189" />
        <source>Cannot delete %1.</source>
        <translation>Không thể xóa %1.</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="37" />
        <source>Import HAR</source>
        <translation>Nhập HAR</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionloader.cpp" line="38" />
        <source>%1 has %n WebSocket connection(s). Each one you choose opens in its own tab.</source>
        <translation>
            <numerusform>%1 có %n kết nối WebSocket. Mỗi kết nối bạn chọn sẽ mở trong một thẻ riêng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48" />
        <source>Entry</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48" />
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="48" />
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="55" />
        <source>%1 sent, %2 received</source>
        <translation>%1 gửi, %2 nhận</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="57" />
        <source>none saved</source>
        <translation>không được lưu</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="59" />
        <source>The file holds this connection's handshake but not its messages, as Firefox saves WebSocket connections.</source>
        <translation>Tệp chứa bắt tay của kết nối này nhưng không có tin nhắn của nó, như cách Firefox lưu kết nối WebSocket.</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="71" />
        <source>Open &amp;All</source>
        <translation>Mở &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="150" />
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="151" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionloader.cpp" line="184" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="36" />
        <source>Some Lines Were Skipped</source>
        <translation>Một số dòng đã bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="37" />
        <source>%1 was opened; these parts of it could not be read:</source>
        <translation>Đã mở %1; không đọc được các phần sau:</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="53" />
        <location filename="../ui/session/sessionopener.cpp" line="63" />
        <location filename="../ui/session/sessionopener.cpp" line="114" />
        <source>Cannot Open Session</source>
        <translation>Không thể mở phiên</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="70" />
        <source>%1 · entry %2</source>
        <translation>%1 · mục %2</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="79" />
        <source>Open Session</source>
        <translation>Mở phiên</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="80" />
        <source>Sessions (*.wsprobe.jsonl *.jsonl *.json *.har);;All files (*)</source>
        <translation>Phiên (*.wsprobe.jsonl *.jsonl *.json *.har);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="87" />
        <source>Import HAR</source>
        <translation>Nhập HAR</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="88" />
        <source>HAR files (*.har);;All files (*)</source>
        <translation>Tệp HAR (*.har);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionopener.cpp" line="125" />
        <source>%1 · %n connection(s)</source>
        <translation>
            <numerusform>%1 · %n kết nối</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="134" />
        <location filename="../ui/session/sessionopener.cpp" line="151" />
        <source>Recover Sessions</source>
        <translation>Khôi phục phiên</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionopener.cpp" line="135" />
        <source>Wsprobe stopped while recording %n connection(s). Everything up to the last half second was saved.</source>
        <translation>
            <numerusform>Wsprobe đã dừng khi đang ghi %n kết nối. Mọi thứ đến nửa giây cuối cùng đều đã được lưu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="139" />
        <source>Open the recordings now? They stay in Recent Sessions either way.</source>
        <translation>Mở các bản ghi ngay bây giờ? Dù sao chúng vẫn nằm trong Phiên gần đây.</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="140" />
        <source>&amp;Recover</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionopener.cpp" line="141" />
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="27" />
        <source>(no URL recorded)</source>
        <translation>(không ghi URL)</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="28" />
        <source>%1 · recorded %2 · %3 sent, %4 received · read-only</source>
        <translation>%1 · ghi lúc %2 · đã gửi %3, đã nhận %4 · chỉ đọc</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="39" />
        <source>&amp;Replay…</source>
        <translation>&amp;Phát lại…</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="40" />
        <source>Send this session's outgoing messages again and compare the replies</source>
        <translation>Gửi lại các tin nhắn đi của phiên này và so sánh phản hồi</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="41" />
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="42" />
        <source>Save as a session, HAR or text transcript</source>
        <translation>Lưu thành phiên, HAR hoặc bản ghi văn bản</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionpage.cpp" line="67" />
        <source>Recording</source>
        <translation>Bản ghi</translation>
    </message>
</context>
<context>
    <name>SessionReader</name>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="68" />
        <source>Line 1 is %1 MB long; this is not a session file.</source>
        <translation>Dòng 1 dài %1 MB; đây không phải tệp phiên.</translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="72" />
        <source>line %1 is %2 MB long, more than any record can be; skipped</source>
        <translation>dòng %1 dài %2 MB, lớn hơn mọi bản ghi có thể có; bỏ qua</translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="90" />
        <source>Not a session this version can read: %1.</source>
        <translation>Không phải phiên mà phiên bản này đọc được: %1.</translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="100" />
        <source>Not a Wsprobe session or event log: line 1: %1.</source>
        <translation>Không phải phiên Wsprobe hay nhật ký sự kiện: dòng 1: %1.</translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="123" />
        <source>line %1 is incomplete (the recording stopped while it was being written); dropped</source>
        <translation>dòng %1 chưa hoàn chỉnh (việc ghi dừng khi đang viết dòng này); bỏ đi</translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="128" />
        <source>line %1: %2; skipped</source>
        <translation>dòng %1: %2; bỏ qua</translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="132" />
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/session/sessionreader.cpp" line="136" />
        <source>%n record(s) of kinds this version does not know were skipped</source>
        <translation>
            <numerusform>đã bỏ qua %n bản ghi thuộc loại mà phiên bản này không biết</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/session/sessionreader.cpp" line="172" />
        <source>Entry %1 of %2 is not a WebSocket; its WebSocket entries are %3.</source>
        <translation>Mục %1 của %2 không phải WebSocket; các mục WebSocket của nó là %3.</translation>
    </message>
</context>
<context>
    <name>SessionTitle</name>
    <message>
        <location filename="../src/session/sessiontitle.cpp" line="26" />
        <source>(no URL recorded)</source>
        <translation>(không ghi URL)</translation>
    </message>
    <message>
        <location filename="../src/session/sessiontitle.cpp" line="27" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SessionWriter</name>
    <message>
        <source>Saving %1 was cancelled.</source>
        <translation>Đã hủy lưu %1.</translation>
    </message>
    <message>
        <location filename="../src/session/sessionwriter.cpp" line="107" />
        <location filename="../src/session/sessionwriter.cpp" line="177" />
        <location filename="../src/session/sessionwriter.cpp" line="182" />
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/sessionwriter.cpp" line="115" />
        <source>Cannot make %1 private: %2</source>
        <translation>Không thể đặt %1 thành riêng tư: %2</translation>
    </message>
    <message>
        <location filename="../src/session/sessionwriter.cpp" line="178" />
        <source>Saving %1 was cancelled; the file was not changed.</source>
        <translation>Đã hủy lưu %1; tệp không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="29" />
        <source>Recent Sessions</source>
        <translation>Phiên gần đây</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="32" />
        <source>Filter by URL…</source>
        <translation>Lọc theo URL…</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="34" />
        <source>Filter sessions</source>
        <translation>Lọc phiên</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37" />
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="37" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="44" />
        <source>Recorded sessions</source>
        <translation>Các phiên đã ghi</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="47" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="48" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="64" />
        <source>Every connection that opened is recorded in %1 (readable by you only).</source>
        <translation>Mọi kết nối đã mở đều được ghi lại trong %1 (chỉ bạn đọc được).</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="87" />
        <source> (recording)</source>
        <translation> (đang ghi)</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="89" />
        <source> (unfinished)</source>
        <translation> (chưa xong)</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="92" />
        <location filename="../ui/session/sessionsdialog.cpp" line="93" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionsdialog.cpp" line="115" />
        <source>%1 · %n connection(s)</source>
        <translation>
            <numerusform>%1 · %n kết nối</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="121" />
        <source>Reconnections of one tab; opened together as one session</source>
        <translation>Các lần kết nối lại của một thẻ; được mở chung thành một phiên</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsdialog.cpp" line="158" />
        <location filename="../ui/session/sessionsdialog.cpp" line="169" />
        <source>Delete Sessions</source>
        <translation>Xóa phiên</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessionsdialog.cpp" line="159" />
        <source>Delete %n recorded session(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Xóa %n phiên đã ghi? Không thể hoàn tác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="37" />
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="39" />
        <source>Find a command or a key</source>
        <translation>Tìm lệnh hoặc phím</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="41" />
        <source>Find a shortcut</source>
        <translation>Tìm phím tắt</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="43" />
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="43" />
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="128" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>SignalRLayer</name>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="27" />
        <source>a binary message: the MessagePack hub protocol is not decoded</source>
        <translation>một thông điệp nhị phân: giao thức hub MessagePack không được giải mã</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="37" />
        <source>the record from byte %1 is not ended by the separator 0x1E</source>
        <translation>bản ghi từ byte %1 không kết thúc bằng dấu phân cách 0x1E</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="48" />
        <source>an empty message holds no SignalR record</source>
        <translation>một thông điệp rỗng không chứa bản ghi SignalR nào</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="65" />
        <source>the record at byte %1 is not a JSON object</source>
        <translation>bản ghi tại byte %1 không phải một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="75" />
        <source>handshake %1 v%2</source>
        <translation>bắt tay %1 v%2</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="81" />
        <source>handshake accepted</source>
        <translation>bắt tay được chấp nhận</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="81" />
        <source>handshake refused: %1</source>
        <translation>bắt tay bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="87" />
        <source>"type" %1 at byte %2 is not a hub message type (1–9)</source>
        <translation>"type" %1 tại byte %2 không phải một loại thông điệp hub (1–9)</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="100" />
        <source>%1: the record has no "target"</source>
        <translation>%1: bản ghi không có "target"</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="105" />
        <source>%1: "arguments" must be an array</source>
        <translation>%1: "arguments" phải là một mảng</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="117" />
        <source>%1: the record has no "invocationId"</source>
        <translation>%1: bản ghi không có "invocationId"</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="122" />
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="142" />
        <source>Handshake</source>
        <translation>Bắt tay</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="144" />
        <source>Invoke</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="145" />
        <source>Hub method</source>
        <translation>Phương thức hub</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="146" />
        <source>Arguments (JSON array)</source>
        <translation>Đối số (mảng JSON)</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="148" />
        <source>Wait for a completion</source>
        <translation>Chờ kết quả hoàn tất</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="151" />
        <source>Cancel Invocation</source>
        <translation>Hủy lời gọi</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="152" />
        <source>Invocation id</source>
        <translation>Mã lời gọi</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="153" />
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="167" />
        <source>target: which hub method?</source>
        <translation>target: phương thức hub nào?</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="174" />
        <source>args: a JSON array is needed</source>
        <translation>args: cần một mảng JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="175" />
        <source>args: %1</source>
        <translation>args: %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.cpp" line="189" />
        <source>SignalR has no action "%1"</source>
        <translation>SignalR không có thao tác "%1"</translation>
    </message>
    <message>
        <location filename="../src/protocols/signalrlayer.h" line="16" />
        <source>SignalR (JSON hub protocol)</source>
        <translation>SignalR (giao thức hub JSON)</translation>
    </message>
</context>
<context>
    <name>SignalWatcher</name>
    <message>
        <location filename="../app/cli/signalwatcher.cpp" line="102" />
        <source>Cannot watch for Ctrl+C (Windows error %1).</source>
        <translation>Không theo dõi được Ctrl+C (lỗi Windows %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/signalwatcher.cpp" line="108" />
        <source>Cannot watch for signals: %1</source>
        <translation>Không theo dõi được tín hiệu: %1</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="16" />
        <source>wscat command</source>
        <translation>lệnh wscat</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="18" />
        <source>websocat command</source>
        <translation>lệnh websocat</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="20" />
        <source>wsprobe-cli command</source>
        <translation>lệnh wsprobe-cli</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="22" />
        <source>JavaScript (browser WebSocket)</source>
        <translation>JavaScript (WebSocket của trình duyệt)</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="24" />
        <source>Node.js (ws)</source>
        <translation>Node.js (ws)</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="26" />
        <source>Python (websockets)</source>
        <translation>Python (websockets)</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="65" />
        <source>POSIX shell (sh, bash, zsh)</source>
        <translation>Shell POSIX (sh, bash, zsh)</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="67" />
        <source>PowerShell 7.3+</source>
        <translation>PowerShell 7.3 trở lên</translation>
    </message>
    <message>
        <location filename="../src/snippet/snippet.cpp" line="69" />
        <source>Windows cmd.exe</source>
        <translation>cmd.exe của Windows</translation>
    </message>
</context>
<context>
    <name>SockJsFraming</name>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="14" />
        <source>SockJS: JSON: %1 at byte %2</source>
        <translation>SockJS: JSON: %1 tại byte %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="21" />
        <source>SockJS: the message at byte %1 is not a JSON string</source>
        <translation>SockJS: thông điệp tại byte %1 không phải là chuỗi JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="28" />
        <source>SockJS: the messages at byte %1 are not a JSON array of strings</source>
        <translation>SockJS: các thông điệp tại byte %1 không phải là mảng JSON gồm các chuỗi</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="33" />
        <source>SockJS: the array at byte %1 holds no message</source>
        <translation>SockJS: mảng tại byte %1 không chứa thông điệp nào</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="37" />
        <source>SockJS: more than %1 messages in one frame</source>
        <translation>SockJS: hơn %1 thông điệp trong một khung</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="42" />
        <source>SockJS: message %1 of the array is not a JSON string</source>
        <translation>SockJS: thông điệp %1 của mảng không phải là chuỗi JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="54" />
        <source>SockJS: an empty message is no frame</source>
        <translation>SockJS: một thông điệp rỗng không phải là khung</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="83" />
        <source>SockJS: the close frame is not [code, "reason"]</source>
        <translation>SockJS: khung đóng không có dạng [mã, "lý do"]</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="84" />
        <source>SockJS: close frame: JSON: %1 at byte %2</source>
        <translation>SockJS: khung đóng: JSON: %1 tại byte %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/sockjsframing.cpp" line="95" />
        <source>SockJS: "%1" at byte 0 starts no frame (o, h, a, m or c)</source>
        <translation>SockJS: "%1" tại byte 0 không mở đầu khung nào (o, h, a, m hoặc c)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocols/sockjsframing.cpp" line="68" />
        <source>SockJS: the "%1" frame has %n byte(s) after it</source>
        <translation>
            <numerusform>SockJS: khung "%1" có %n byte theo sau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketIoLayer</name>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="80" />
        <source>Socket.IO 2 (EIO 3)</source>
        <translation>Socket.IO 2 (EIO 3)</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="80" />
        <source>Socket.IO 3/4 (EIO 4)</source>
        <translation>Socket.IO 3/4 (EIO 4)</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="111" />
        <source>an EIO 3 binary message needs a type byte; this one is empty</source>
        <translation>một thông điệp nhị phân EIO 3 cần một byte loại; thông điệp này rỗng</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="112" />
        <source>an EIO 3 binary message starts with type byte 4, not %1</source>
        <translation>một thông điệp nhị phân EIO 3 bắt đầu bằng byte loại 4, không phải %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/protocols/socketiolayer.cpp" line="119" />
        <source>binary attachment, %n byte(s)</source>
        <translation>
            <numerusform>phần đính kèm nhị phân, %n byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="125" />
        <source>an empty message is no Engine.IO packet (it needs a type digit)</source>
        <translation>một thông điệp rỗng không phải gói Engine.IO (cần một chữ số loại)</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="131" />
        <source>Engine.IO packet type '%1' at byte 0 is not one of 0–6</source>
        <translation>loại gói Engine.IO '%1' tại byte 0 không thuộc 0–6</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="145" />
        <source>open: %1</source>
        <translation>open: %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="149" />
        <source>open: the handshake object has no "sid"</source>
        <translation>open: đối tượng bắt tay không có "sid"</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="154" />
        <source>open sid=%1, ping every %2 ms, timeout %3 ms</source>
        <translation>open sid=%1, ping mỗi %2 ms, hết hạn sau %3 ms</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="173" />
        <source>a MESSAGE packet without a Socket.IO packet type at byte 1</source>
        <translation>một gói MESSAGE không có loại gói Socket.IO tại byte 1</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="178" />
        <source>Socket.IO packet type '%1' at byte 1 is not one of 0–6</source>
        <translation>loại gói Socket.IO '%1' tại byte 1 không thuộc 0–6</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="190" />
        <source>%1: the attachment count before '-' at byte 2 is missing or not a number</source>
        <translation>%1: số phần đính kèm trước '-' tại byte 2 bị thiếu hoặc không phải số</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="211" />
        <source>%1: the ack id at byte %2 is too long</source>
        <translation>%1: mã ack tại byte %2 quá dài</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="220" />
        <location filename="../src/protocols/socketiolayer.cpp" line="348" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="235" />
        <source>%1: the data must be an array starting with the event name</source>
        <translation>%1: dữ liệu phải là một mảng bắt đầu bằng tên sự kiện</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="250" />
        <source>%1: an acknowledgement needs an id</source>
        <translation>%1: một xác nhận cần có mã</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="254" />
        <source>%1: the data must be an array of arguments</source>
        <translation>%1: dữ liệu phải là một mảng đối số</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="258" />
        <source>ack #%1 %2</source>
        <translation>ack #%1 %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="263" />
        <source>connect %1</source>
        <translation>connect %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="267" />
        <source>disconnect %1</source>
        <translation>disconnect %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="305" />
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="309" />
        <source>Emit Event</source>
        <translation>Phát sự kiện</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="311" />
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="312" />
        <source>Arguments (JSON array; {"$binary": base64} for bytes)</source>
        <translation>Đối số (mảng JSON; {"$binary": base64} cho byte)</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="314" />
        <source>Ask for an acknowledgement</source>
        <translation>Yêu cầu xác nhận</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="317" />
        <source>Join Namespace</source>
        <translation>Tham gia namespace</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="318" />
        <source>Auth (JSON object, optional)</source>
        <translation>Xác thực (đối tượng JSON, không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="319" />
        <source>Leave Namespace</source>
        <translation>Rời namespace</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="321" />
        <source>Acknowledge</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="323" />
        <source>Ack id</source>
        <translation>Mã ack</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="324" />
        <source>Arguments (JSON array)</source>
        <translation>Đối số (mảng JSON)</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="347" />
        <source>%1: a JSON array is needed</source>
        <translation>%1: cần một mảng JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="363" />
        <source>event: an event needs a name</source>
        <translation>event: sự kiện cần có tên</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="373" />
        <source>id: the ack id is a number</source>
        <translation>id: mã ack là một số</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="398" />
        <source>auth: a JSON object is needed</source>
        <translation>auth: cần một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="399" />
        <source>auth: %1</source>
        <translation>auth: %1</translation>
    </message>
    <message>
        <location filename="../src/protocols/socketiolayer.cpp" line="411" />
        <source>Socket.IO has no action "%1"</source>
        <translation>Socket.IO không có thao tác "%1"</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="23" />
        <source>Connection statistics</source>
        <translation>Thống kê kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="46" />
        <source>no pongs yet</source>
        <translation>chưa có pong</translation>
    </message>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="47" />
        <source>last %1 ms · min %2 · avg %3 · max %4 ms</source>
        <translation>gần nhất %1 ms · nhỏ nhất %2 · trung bình %3 · lớn nhất %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/connection/statspanel.cpp" line="53" />
        <source>Sent: %1 messages, %2
Received: %3 messages, %4
Now: %5 msg/s, %6/s
Peak: %7 msg/s, %8/s
Ping RTT: %9
Connected: %10 · reconnects: %11</source>
        <translation>Đã gửi: %1 tin nhắn, %2
Đã nhận: %3 tin nhắn, %4
Hiện tại: %5 tin/giây, %6/giây
Cao nhất: %7 tin/giây, %8/giây
RTT ping: %9
Đã kết nối: %10 · số lần kết nối lại: %11</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="27" />
        <source>readyState</source>
        <translation>readyState</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="28" />
        <source>WebSocket.readyState: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED</source>
        <translation>WebSocket.readyState: 0 CONNECTING (đang kết nối), 1 OPEN (mở), 2 CLOSING (đang đóng), 3 CLOSED (đã đóng)</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="29" />
        <source>bufferedAmount</source>
        <translation>bufferedAmount</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="30" />
        <source>Bytes queued by send() and not yet written to the network</source>
        <translation>Số byte send() đã xếp hàng nhưng chưa ghi ra mạng</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="31" />
        <source>Negotiated protocol and extensions</source>
        <translation>Giao thức và phần mở rộng đã thỏa thuận</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="32" />
        <source>Time connected</source>
        <translation>Thời gian đã kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="34" />
        <source>Certificate errors ignored</source>
        <translation>Đã bỏ qua lỗi chứng chỉ</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="81" />
        <source>bufferedAmount: %1 B</source>
        <translation>bufferedAmount: %1 B</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="86" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="89" />
        <source>protocol: %1 · extensions: %2</source>
        <translation>giao thức: %1 · phần mở rộng: %2</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="109" />
        <source>Certificate errors ignored (%1)</source>
        <translation>Đã bỏ qua lỗi chứng chỉ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="112" />
        <source>The server's certificate was not verified; these errors were ignored:</source>
        <translation>Chứng chỉ của máy chủ không được xác minh; các lỗi sau đã bị bỏ qua:</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="132" />
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../ui/connection/statusindicators.cpp" line="134" />
        <source>connected %1</source>
        <translation>đã kết nối %1</translation>
    </message>
</context>
<context>
    <name>StompLayer</name>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="144" />
        <source>heart-beat</source>
        <translation>nhịp tim</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="157" />
        <source>an empty message is no STOMP frame</source>
        <translation>một thông điệp rỗng không phải khung STOMP</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="181" />
        <source>the command at byte %1 has no end of line</source>
        <translation>lệnh tại byte %1 không có ký tự xuống dòng</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="187" />
        <source>"%1" at byte %2 is not a STOMP command</source>
        <translation>"%1" tại byte %2 không phải lệnh STOMP</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="200" />
        <source>%1: the headers at byte %2 do not end with a blank line</source>
        <translation>%1: các header tại byte %2 không kết thúc bằng một dòng trống</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="208" />
        <source>%1: more than 1000 headers</source>
        <translation>%1: hơn 1000 header</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="214" />
        <source>%1: the header at byte %2 has no name before ':'</source>
        <translation>%1: header tại byte %2 không có tên trước ':'</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="238" />
        <source>%1: the escape at byte %2 is not one of \n \r \c \\</source>
        <translation>%1: chuỗi thoát tại byte %2 không thuộc \n \r \c \\</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="261" />
        <source>%1: content-length "%2" is not a length</source>
        <translation>%1: content-length "%2" không phải một độ dài</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="270" />
        <source>%1: content-length %2 from byte %3 is not followed by NUL</source>
        <translation>%1: content-length %2 từ byte %3 không được theo sau bởi NUL</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="280" />
        <source>%1: the body from byte %2 is not ended by NUL</source>
        <translation>%1: phần thân từ byte %2 không kết thúc bằng NUL</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="379" />
        <source>Ask for a receipt</source>
        <translation>Yêu cầu biên nhận</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="383" />
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="384" />
        <source>Virtual host</source>
        <translation>Máy chủ ảo</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="385" />
        <source>Login</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="386" />
        <source>Passcode</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="387" />
        <source>Heart-beat (send,receive ms)</source>
        <translation>Nhịp tim (gửi,nhận ms)</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="390" />
        <source>Subscribe</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="391" />
        <location filename="../src/protocols/stomplayer.cpp" line="398" />
        <source>Destination</source>
        <translation>Đích</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="393" />
        <source>Ack mode (auto, client, client-individual)</source>
        <translation>Chế độ ack (auto, client, client-individual)</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="397" />
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="400" />
        <source>Content type</source>
        <translation>Kiểu nội dung</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="402" />
        <source>Body</source>
        <translation>Phần thân</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="405" />
        <source>Unsubscribe</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="406" />
        <source>Subscription id</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="407" />
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="442" />
        <source>destination: where to?</source>
        <translation>destination: gửi đến đâu?</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="458" />
        <source>id: which subscription?</source>
        <translation>id: đăng ký nào?</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="466" />
        <source>STOMP has no action "%1"</source>
        <translation>STOMP không có thao tác "%1"</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.h" line="27" />
        <source>STOMP 1.2</source>
        <translation>STOMP 1.2</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.h" line="27" />
        <source>STOMP 1.2 over SockJS</source>
        <translation>STOMP 1.2 qua SockJS</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="94" />
        <source>SockJS open</source>
        <translation>SockJS mở</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="99" />
        <source>SockJS heartbeat</source>
        <translation>nhịp tim SockJS</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="107" />
        <source>SockJS close %1 %2</source>
        <translation>SockJS đóng %1 %2</translation>
    </message>
    <message>
        <location filename="../src/protocols/stomplayer.cpp" line="119" />
        <source>SockJS message %1: %2</source>
        <translation>Thông điệp SockJS %1: %2</translation>
    </message>
</context>
<context>
    <name>TableFindBar</name>
    <message>
        <location filename="../ui/log/tablefindbar.cpp" line="85" />
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="32" />
        <source>not JSON (%1 at byte %2)</source>
        <translation>không phải JSON (%1 tại byte %2)</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="37" />
        <source>not a Wsprobe template library (no "format": "%1")</source>
        <translation>không phải thư viện mẫu của Wsprobe (thiếu "format": "%1")</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="44" />
        <source>not a template library: its "version" is not a whole number from 1</source>
        <translation>không phải thư viện mẫu: "version" của nó không phải số nguyên từ 1</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="48" />
        <source>written by a newer Wsprobe (library version %1; this one reads %2)</source>
        <translation>được ghi bởi Wsprobe mới hơn (thư viện phiên bản %1; bản này đọc được %2)</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="63" />
        <source>template %1 has no name</source>
        <translation>mẫu %1 không có tên</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="68" />
        <source>template "%1" has an unknown mode "%2"</source>
        <translation>mẫu "%1" có chế độ không rõ "%2"</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="102" />
        <location filename="../src/compose/templatelibrary.cpp" line="164" />
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="108" />
        <location filename="../src/compose/templatelibrary.cpp" line="170" />
        <source>%1 is %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="121" />
        <source>Cannot save templates to %1: %2</source>
        <translation>Không lưu được mẫu vào %1: %2</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="140" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/compose/templatelibrary.cpp" line="194" />
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplatesDock</name>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="19" />
        <source>Templates</source>
        <translation>Mẫu tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="27" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="27" />
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="30" />
        <source>Message templates</source>
        <translation>Mẫu tin nhắn</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="31" />
        <source>Double-click loads a template into the composer; Enter loads and sends it; Delete removes it</source>
        <translation>Nhấp đúp để nạp mẫu vào ô soạn; Enter để nạp và gửi; Delete để xóa</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="53" />
        <source>Save Current…</source>
        <translation>Lưu thành mẫu…</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="53" />
        <source>Save the composer's message as a template</source>
        <translation>Lưu tin nhắn trong ô soạn thành mẫu</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="55" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="55" />
        <source>Delete the selected template</source>
        <translation>Xóa mẫu đã chọn</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="56" />
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="56" />
        <source>Add the templates of a library file</source>
        <translation>Thêm các mẫu từ một tệp thư viện</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="58" />
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="58" />
        <source>Save the library, or the selected templates, to a file</source>
        <translation>Lưu thư viện, hoặc các mẫu đã chọn, ra tệp</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="65" />
        <source>Import Templates</source>
        <translation>Nhập mẫu</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="66" />
        <location filename="../ui/compose/templatesdock.cpp" line="73" />
        <source>Template libraries (*.json)</source>
        <translation>Thư viện mẫu (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="71" />
        <source>Export Templates</source>
        <translation>Xuất mẫu</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="93" />
        <source>%1 Fix the file or move it away; until then nothing is saved, so it is not overwritten.</source>
        <translation>%1 Hãy sửa tệp hoặc chuyển nó đi; cho đến lúc đó sẽ không lưu gì, để tệp không bị ghi đè.</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="189" />
        <source>A file is not saved as a template; choose Text, JSON, hex or base64.</source>
        <translation>Tệp không được lưu thành mẫu; hãy chọn Văn bản, JSON, hex hoặc base64.</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="195" />
        <location filename="../ui/compose/templatesdock.cpp" line="213" />
        <source>Save Template</source>
        <translation>Lưu mẫu</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="196" />
        <source>Name (Folder/Name files it in a folder):</source>
        <translation>Tên (Thư mục/Tên để xếp vào thư mục):</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="208" />
        <source>A template needs a name.</source>
        <translation>Mẫu cần có tên.</translation>
    </message>
    <message>
        <location filename="../ui/compose/templatesdock.cpp" line="214" />
        <source>Replace the template "%1"?</source>
        <translation>Thay thế mẫu "%1"?</translation>
    </message>
</context>
<context>
    <name>TlsConfig</name>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="13" />
        <source>Cannot read the CA file %1: %2</source>
        <translation>Không đọc được tệp CA %1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="21" />
        <source>The CA file %1 holds no PEM or DER certificate.</source>
        <translation>Tệp CA %1 không chứa chứng chỉ PEM hay DER nào.</translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="29" />
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Không đọc được chứng chỉ máy khách %1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="38" />
        <source>Cannot read the private key %1: %2</source>
        <translation>Không đọc được khóa riêng %1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="47" />
        <source>The private key in %1 cannot be read: it is not an RSA or EC key in PEM, or the passphrase is wrong.</source>
        <translation>Không đọc được khóa riêng trong %1: nó không phải khóa RSA hay EC dạng PEM, hoặc mật khẩu sai.</translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="61" />
        <source>The client certificate %1 is neither PEM nor a PKCS#12 file this passphrase opens.</source>
        <translation>Chứng chỉ máy khách %1 không phải PEM cũng không phải tệp PKCS#12 mở được bằng mật khẩu này.</translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="82" />
        <source>CN=%1 (issuer CN=%2, valid %3 to %4)</source>
        <translation>CN=%1 (bên cấp CN=%2, hiệu lực từ %3 đến %4)</translation>
    </message>
    <message>
        <location filename="../src/protocol/tlsconfig.cpp" line="95" />
        <source>%1 — certificate %2</source>
        <translation>%1 — chứng chỉ %2</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../src/session/transcript.cpp" line="58" />
        <source> · WARNING: certificate errors were ignored</source>
        <translation> · CẢNH BÁO: đã bỏ qua lỗi chứng chỉ</translation>
    </message>
    <message>
        <location filename="../src/session/transcript.cpp" line="60" />
        <source>  ignored: %1</source>
        <translation>  đã bỏ qua: %1</translation>
    </message>
    <message>
        <location filename="../src/session/transcript.cpp" line="69" />
        <location filename="../src/session/transcript.cpp" line="106" />
        <source>(%1 B) %2</source>
        <translation>(%1 B) %2</translation>
    </message>
    <message>
        <location filename="../src/session/transcript.cpp" line="118" />
        <source>Wsprobe session: %1
Started %2 (UTC); times below are local.
</source>
        <translation>Phiên Wsprobe: %1
Bắt đầu %2 (UTC); các thời điểm bên dưới theo giờ địa phương.
</translation>
    </message>
</context>
<context>
    <name>Unwrap</name>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="73" />
        <source>'%1' is not a base64 character</source>
        <translation>'%1' không phải là ký tự base64</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="74" />
        <source>base64 text goes on after its '=' padding</source>
        <translation>văn bản base64 vẫn tiếp tục sau phần đệm '='</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="88" />
        <source>base64 text ends with a lone character</source>
        <translation>văn bản base64 kết thúc bằng một ký tự lẻ</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="117" />
        <source>'%1' is not a hex digit</source>
        <translation>'%1' không phải là chữ số hex</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="129" />
        <source>an odd number of hex digits: the last byte has one</source>
        <translation>số chữ số hex lẻ: byte cuối chỉ có một chữ số</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="140" />
        <location filename="../src/decode/unwrap.cpp" line="194" />
        <source>zlib could not start</source>
        <translation>không khởi động được zlib</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="156" />
        <source>inflates to more than %1 MiB</source>
        <translation>giải nén ra hơn %1 MiB</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="167" />
        <source>the compressed data ends early</source>
        <translation>dữ liệu nén kết thúc sớm</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="168" />
        <source>zlib: %1</source>
        <translation>zlib: %1</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="173" />
        <source>%1 bytes follow the end of the compressed data</source>
        <translation>còn %1 byte sau phần cuối dữ liệu nén</translation>
    </message>
    <message>
        <location filename="../src/decode/unwrap.cpp" line="206" />
        <source>zlib could not compress</source>
        <translation>zlib không nén được</translation>
    </message>
</context>
<context>
    <name>UrlText</name>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="94" />
        <source>The URL is malformed: %1.</source>
        <translation>URL sai định dạng: %1.</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="115" />
        <source>The IPv6 address is missing its closing "]".</source>
        <translation>Địa chỉ IPv6 thiếu dấu "]" đóng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="119" />
        <source>"%1" is not a valid IPv6 address.</source>
        <translation>"%1" không phải địa chỉ IPv6 hợp lệ.</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="121" />
        <source>Only a port may follow the IPv6 address, as in ws://[::1]:8080/, not "%1".</source>
        <translation>Sau địa chỉ IPv6 chỉ được có cổng, như ws://[::1]:8080/, không phải "%1".</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="138" />
        <source>The port "%1" is not a number.</source>
        <translation>Cổng "%1" không phải là số.</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="140" />
        <source>The port %1 is out of range (1–65535).</source>
        <translation>Cổng %1 nằm ngoài phạm vi (1–65535).</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="146" />
        <source>The host name "%1" contains %2, which a host name cannot contain.</source>
        <translation>Tên máy "%1" chứa %2, là ký tự không được có trong tên máy.</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="147" />
        <source>a space</source>
        <translation>dấu cách</translation>
    </message>
    <message>
        <location filename="../src/protocol/urltext.cpp" line="150" />
        <source>"%1" is not a valid host name.</source>
        <translation>"%1" không phải tên máy hợp lệ.</translation>
    </message>
</context>
<context>
    <name>Variables</name>
    <message numerus="yes">
        <location filename="../src/compose/variables.cpp" line="121" />
        <source>Unknown variable(s) %1: add them to the Variables table or remove them. Nothing was sent.</source>
        <translation>
            <numerusform>Biến không xác định %1: hãy thêm vào bảng Biến hoặc bỏ đi. Chưa gửi gì.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="17" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="17" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="20" />
        <source>Variables</source>
        <translation>Biến</translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="21" />
        <source>{{name}} in a message is replaced by the value before sending</source>
        <translation>{{name}} trong tin nhắn được thay bằng giá trị trước khi gửi</translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="25" />
        <source>Add variable</source>
        <translation>Thêm biến</translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="28" />
        <source>Remove variable</source>
        <translation>Xóa biến</translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="35" />
        <source>&lt;b&gt;Built-in&lt;/b&gt;&lt;br&gt;{{$timestamp}} Unix seconds&lt;br&gt;{{$isoTimestamp}} UTC, ms&lt;br&gt;{{$uuid}} random UUID&lt;br&gt;{{$randomInt}} 0–1000&lt;br&gt;{{$counter}} 1, 2, 3… per message&lt;br&gt;&lt;br&gt;An unknown name stops the send.</source>
        <translation>&lt;b&gt;Có sẵn&lt;/b&gt;&lt;br&gt;{{$timestamp}} giây Unix&lt;br&gt;{{$isoTimestamp}} UTC, ms&lt;br&gt;{{$uuid}} UUID ngẫu nhiên&lt;br&gt;{{$randomInt}} 0–1000&lt;br&gt;{{$counter}} 1, 2, 3… mỗi tin nhắn&lt;br&gt;&lt;br&gt;Tên không xác định sẽ chặn việc gửi.</translation>
    </message>
    <message>
        <location filename="../ui/compose/variablespanel.cpp" line="101" />
        <source>Not usable: letters, digits, _ - and . only, not starting with a digit</source>
        <translation>Không dùng được: chỉ chữ, số, _ - và ., không bắt đầu bằng chữ số</translation>
    </message>
</context>
<context>
    <name>WebSocketListener</name>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="48" />
        <source>Cannot listen on %1: the port is already in use by another program.</source>
        <translation>Không lắng nghe được trên %1: cổng đang được một chương trình khác dùng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="52" />
        <source>Cannot listen on %1: this machine has no such address.</source>
        <translation>Không lắng nghe được trên %1: máy này không có địa chỉ đó.</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="55" />
        <source>Cannot listen on %1: permission denied (ports below 1024 need privileges).</source>
        <translation>Không lắng nghe được trên %1: không có quyền (cổng dưới 1024 cần đặc quyền).</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="60" />
        <source>Cannot listen on %1: %2</source>
        <translation>Không lắng nghe được trên %1: %2</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="133" />
        <source>Could not accept a connection: %1</source>
        <translation>Không chấp nhận được một kết nối: %1</translation>
    </message>
    <message>
        <location filename="../src/protocol/server/websocketlistener.cpp" line="138" />
        <source>Dropped a connection from %1: %2 clients are already waiting to be served.</source>
        <translation>Đã cắt một kết nối từ %1: đã có %2 máy khách đang chờ được phục vụ.</translation>
    </message>
</context>
<context>
    <name>WireEngine</name>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="139" />
        <source>The server redirects (HTTP %1) to %2, but %3 redirects have been followed already or the target is not a WebSocket URL.</source>
        <translation>Máy chủ chuyển hướng (HTTP %1) tới %2, nhưng đã theo %3 lần chuyển hướng hoặc đích không phải URL WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="144" />
        <source>The server redirects (HTTP %1) to %2; enable "follow redirects" to go there.</source>
        <translation>Máy chủ chuyển hướng (HTTP %1) tới %2; hãy bật "theo chuyển hướng" để đi tới đó.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="226" />
        <source>Protocol error: %1. Wsprobe closes the connection with code %2.</source>
        <translation>Lỗi giao thức: %1. Wsprobe đóng kết nối với mã %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="177" />
        <source>The server at %1 closed the connection during the opening handshake. Over TLS this is often a server that requires a client certificate.</source>
        <translation>Máy chủ tại %1 đã đóng kết nối trong lúc bắt tay mở. Với TLS, thường là do máy chủ yêu cầu chứng chỉ máy khách.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="181" />
        <source>The server at %1 closed the connection during the opening handshake.</source>
        <translation>Máy chủ tại %1 đã đóng kết nối trong lúc bắt tay mở.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="230" />
        <source>The server closed the TCP connection without a closing handshake.</source>
        <translation>Máy chủ đã đóng kết nối TCP mà không bắt tay đóng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="214" />
        <source>No WebSocket handshake from %1:%2 within %3 ms; gave up.</source>
        <translation>Không nhận được bắt tay WebSocket từ %1:%2 trong vòng %3 ms; đã dừng.</translation>
    </message>
    <message>
        <location filename="../src/protocol/client/wireengine.cpp" line="234" />
        <source>The server did not answer the Close frame within %1 ms.</source>
        <translation>Máy chủ không trả lời khung Close trong vòng %1 ms.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="90" />
        <source>The workspace file is not JSON: %1 at byte %2.</source>
        <translation>Tệp không gian làm việc không phải JSON: %1 tại byte %2.</translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="97" />
        <source>The file is not a Wsprobe workspace.</source>
        <translation>Tệp này không phải không gian làm việc của Wsprobe.</translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="102" />
        <source>The workspace was saved by a newer Wsprobe (format version %1).</source>
        <translation>Không gian làm việc được lưu bởi một phiên bản Wsprobe mới hơn (định dạng phiên bản %1).</translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="122" />
        <location filename="../src/workbench/workspace.cpp" line="128" />
        <source>Cannot save the workspace to %1: %2</source>
        <translation>Không thể lưu không gian làm việc vào %1: %2</translation>
    </message>
    <message>
        <location filename="../src/workbench/workspace.cpp" line="140" />
        <source>Cannot read the workspace %1: %2</source>
        <translation>Không thể đọc không gian làm việc %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>không thể ghi ra đầu ra chuẩn: %1</translation>
    </message>
    <message>
        <location filename="../app/cli_main.cpp" line="86" />
        <source>Demo server listening on %1 (paths /echo, /ticker, /binary)
</source>
        <translation>Máy chủ demo đang lắng nghe trên %1 (đường dẫn /echo, /ticker, /binary)
</translation>
    </message>
    <message>
        <location filename="../app/cli_main.cpp" line="59" />
        <source>wsprobe-cli: %1
</source>
        <translation>wsprobe-cli: %1
</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="30" />
        <source>WebSocket test and debugging tool</source>
        <translation>Công cụ kiểm thử và gỡ lỗi WebSocket</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="35" />
        <source>Start the built-in test server and connect to its /echo path.</source>
        <translation>Chạy máy chủ thử nghiệm tích hợp và kết nối tới đường dẫn /echo của nó.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="40" />
        <source>A ws:// or wss:// URL to connect to, or a session (.wsprobe.jsonl) or HAR file to open.</source>
        <translation>URL ws:// hoặc wss:// cần kết nối, hoặc tệp phiên (.wsprobe.jsonl) hay tệp HAR cần mở.</translation>
    </message>
</context>
</TS>