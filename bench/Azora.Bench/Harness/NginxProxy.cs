using System.Globalization;

using Azora.Testing;

namespace Azora.Bench.Harness;

/// <summary>
/// nginx (Debian's package) as a reverse proxy in front of one service port, configured as a production proxy would
/// be: keep-alive connections to the upstream, HTTP/1.1, no buffering of small responses to disk.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly string _directory;

    private NginxProxy(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public static async Task<NginxProxy> StartAsync(int upstreamPort)
    {
        var directory = Directory.CreateTempSubdirectory("azora-bench-nginx-").FullName;
        // nginx's workers drop to an unprivileged user and must reach the temporary paths inside.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        var port = FreePorts.Next();
        var workers = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), $$"""
            worker_processes {{workers}};
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            daemon on;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{directory}}/body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                upstream service {
                    server 127.0.0.1:{{upstreamPort}};
                    keepalive 128;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://service;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $remote_addr;
                    }
                }
            }
            """);
        await ChildProcess.RunAsync("nginx", ["-c", Path.Combine(directory, "nginx.conf"), "-p", directory]);
        return new NginxProxy(directory, port);
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.RunAsync("nginx", ["-c", Path.Combine(_directory, "nginx.conf"), "-p", _directory, "-s", "stop"]);
        Directory.Delete(_directory, recursive: true);
    }
}
