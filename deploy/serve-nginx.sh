#!/bin/sh
# Serve a built site with the real host's configuration (deploy/nginx.conf), in the foreground,
# on 127.0.0.1:PORT only. Runs as any user: pid file, logs and temp files go to a fresh folder.
#   deploy/serve-nginx.sh DIST PORT
set -eu
if [ "$#" -ne 2 ]; then
  echo "usage: $0 DIST PORT" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
dist=$(cd "$1" && pwd)
port=$2
nginx_bin=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
if [ ! -x "$nginx_bin" ]; then
  echo "nginx not found: install it with \"sudo apt-get install nginx libnginx-mod-http-brotli-static\" (Debian) or set NGINX=/path/to/nginx" >&2
  exit 1
fi
prefix=$(mktemp -d "${TMPDIR:-/tmp}/serve-nginx.XXXXXX")
trap 'rm -rf "$prefix"' EXIT INT TERM
mkdir -p "$prefix/logs" "$prefix/tmp"

conf="$here/nginx.conf"
brotli=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
load=""
if [ -f "$brotli" ]; then
  load="load_module $brotli;"
else
  # Without the module nginx refuses brotli_static: serve the .gz files only.
  echo "warning: $brotli missing (apt-get install libnginx-mod-http-brotli-static): serving .gz but not .br" >&2
  grep -v 'brotli_static' "$conf" > "$prefix/site.conf"
  conf="$prefix/site.conf"
fi

cat > "$prefix/nginx.conf" <<CONF
$load
daemon off;
master_process off;
worker_processes 1;
pid $prefix/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $prefix/tmp/body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
  sendfile on;
  server {
    listen 127.0.0.1:$port;
    server_name localhost;
    root $dist;
    include $conf;
  }
}
CONF
echo "nginx serving $dist at http://127.0.0.1:$port/"
"$nginx_bin" -p "$prefix" -c "$prefix/nginx.conf" -e stderr &
child=$!
trap 'kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; rm -rf "$prefix"' EXIT INT TERM
wait "$child"
