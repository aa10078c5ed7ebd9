# Installer for get-ai-gateway on Windows: downloads the release for this machine, verifies
# its SHA-256, installs it into the user's folder, puts that folder on the user's PATH, and
# (with options after `--` or `start`) starts a gateway.
#
#   irm https://github.com/higress-group/get-ai-gateway/releases/latest/download/install.ps1 | iex
#   & ([scriptblock]::Create((irm …/install.ps1))) -- start --non-interactive --dashscope-key $KEY
#
# Options: --prefix DIR, --version V, --base-url URL (env GET_AI_GATEWAY_INSTALL_BASE_URL:
# https://, file://, or http:// on 127.0.0.1), --no-path, -h/--help. Everything after `--`
# (PowerShell may drop it) or `start` goes to `get-ai-gateway start`, never printed.
# Exit codes: 0 success, 1 failure, 2 usage error (start's own when it runs).
# Needs Windows 10 1803 or later (tar.exe and TLS 1.2) and Windows PowerShell 5.1 or pwsh.

$BinName = 'get-ai-gateway'
$Target = 'x86_64-pc-windows-gnu'

function Info([string]$Message) { [Console]::Error.WriteLine("info: $Message") }

# Run through `irm | iex`, an `exit` would close the user's PowerShell: stop by throwing
# the exit code, which the last lines turn into the script's exit code or $LASTEXITCODE.
function Stop([int]$Code) { throw "get-ai-gateway-install-exit:$Code" }

function Fail([string]$Message, [string]$Hint = '') {
    [Console]::Error.WriteLine("error: $Message")
    if ($Hint) { [Console]::Error.WriteLine("hint: $Hint") }
    Stop 1
}

function UsageError([string]$Message) {
    [Console]::Error.WriteLine("error: $Message")
    [Console]::Error.WriteLine('Usage: install.ps1 [--prefix DIR] [--version V] [--base-url URL] [--no-path] [-- start START-OPTIONS...]')
    Stop 2
}

# Download URL to FILE: https, file://, or plain http on the loopback address only.
function Get-Url([string]$Url, [string]$OutFile) {
    if ($Url -like 'file://*') {
        Copy-Item -LiteralPath ($Url.Substring(7)) -Destination $OutFile
        return
    }
    if (-not ($Url -like 'https://*' -or $Url -match '^http://(127\.0\.0\.1|localhost)[:/]')) {
        Fail "refusing to download $Url" 'use an https:// or file:// URL (plain http only on 127.0.0.1)'
    }
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
    Invoke-WebRequest -UseBasicParsing -Uri $Url -OutFile $OutFile
}

function Main([string[]]$Arguments) {
    # Local to this run (through iex, script-level settings would stay in the user's session).
    $ErrorActionPreference = 'Stop'
    $ProgressPreference = 'SilentlyContinue'
    $prefix = ''
    $version = ''
    $baseUrl = $env:GET_AI_GATEWAY_INSTALL_BASE_URL
    if (-not $baseUrl) { $baseUrl = 'https://github.com/higress-group/get-ai-gateway/releases' }
    $addPath = $true
    $start = $null
    for ($i = 0; $i -lt $Arguments.Count; $i++) {
        $arg = $Arguments[$i]
        if ($arg -eq '--' -or $arg -eq 'start') {
            $rest = @($Arguments | Select-Object -Skip ($i + 1))
            if ($arg -eq '--' -and $rest.Count -gt 0 -and $rest[0] -eq 'start') {
                $rest = @($rest | Select-Object -Skip 1)
            }
            $start = $rest
            break
        }
        switch -regex ($arg) {
            '^(-h|--help|-help)$' {
                @'
get-ai-gateway installer for Windows

Usage: install.ps1 [OPTIONS] [-- start START-OPTIONS...]

Options:
  --prefix DIR       Install into DIR [default: %LOCALAPPDATA%\Programs\get-ai-gateway\bin]
  --version VERSION  Install this version, e.g. 0.1.0 [default: the latest release]
  --base-url URL     Download releases from URL (https://, file://, or http:// on
                     127.0.0.1) [env: GET_AI_GATEWAY_INSTALL_BASE_URL]
  --no-path          Do not add the folder to the user's PATH
  -h, --help         Print this help
'@ | Write-Output
                Stop 0
            }
            '^(--no-path|-NoPath)$' { $addPath = $false; continue }
            '^(--prefix|--version|--base-url|-Prefix|-Version|-BaseUrl)$' {
                if ($i + 1 -ge $Arguments.Count) { UsageError "$arg needs a value" }
                $i++
                $value = $Arguments[$i]
                switch -regex ($arg) {
                    'prefix' { $prefix = $value }
                    'version' { $version = $value -replace '^v', '' }
                    'base' { $baseUrl = $value }
                }
                continue
            }
            default { UsageError "unknown option: $arg" }
        }
    }
    if ($version -eq 'latest') { $version = '' }
    if ($version -and $version -notmatch '^[0-9A-Za-z.+-]+$') { UsageError "--version $version is not a version (e.g. 0.1.0)" }
    if (-not $prefix) {
        $local = $env:LOCALAPPDATA
        if (-not $local) { Fail 'LOCALAPPDATA is not set, so there is no default folder to install into' 'pass --prefix DIR' }
        $prefix = Join-Path $local 'Programs\get-ai-gateway\bin'
    }
    $baseUrl = $baseUrl.TrimEnd('/')

    $work = Join-Path ([IO.Path]::GetTempPath()) ("get-ai-gateway-install-" + [Guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $work | Out-Null
    try {
        if (-not $version) {
            $latest = Join-Path $work 'LATEST'
            try { Get-Url "$baseUrl/latest/download/LATEST" $latest }
            catch { Fail "cannot find the latest version at $baseUrl/latest/download/LATEST" 'pin one with --version, or check --base-url' }
            $version = ((Get-Content -LiteralPath $latest -Raw) -replace '\s', '') -replace '^v', ''
            if ($version -notmatch '^[0-9A-Za-z.+-]+$') { Fail "$baseUrl/latest/download/LATEST does not hold a version" 'pin one with --version' }
        }
        $asset = "$BinName-$version-$Target.tar.gz"
        $url = "$baseUrl/download/v$version/$asset"
        $archive = Join-Path $work $asset
        Info "downloading $url"
        try { Get-Url $url $archive }
        catch { Fail "cannot download ${url}: $($_.Exception.Message); nothing was installed" 'check --version and --base-url' }
        try { Get-Url "$url.sha256" "$archive.sha256" }
        catch { Fail "cannot download the checksum $url.sha256; nothing was installed" 'the release looks incomplete; try again later or pin another --version' }
        $expected = ((Get-Content -LiteralPath "$archive.sha256" -TotalCount 1) -split '\s+')[0].ToLowerInvariant()
        $actual = (Get-FileHash -LiteralPath $archive -Algorithm SHA256).Hash.ToLowerInvariant()
        if ($expected -ne $actual) {
            Fail "checksum mismatch for $asset (expected $expected, got $actual); nothing was installed" 'download again; if it persists, the release or the connection is corrupted'
        }
        Info "checksum verified (sha256 $actual)"
        $unpacked = Join-Path $work 'unpacked'
        New-Item -ItemType Directory -Path $unpacked | Out-Null
        & tar.exe -xzf $archive -C $unpacked
        if ($LASTEXITCODE -ne 0) { Fail "cannot unpack $asset (tar.exe needs Windows 10 1803 or later); nothing was installed" }
        $exe = Join-Path $unpacked "$BinName-$version-$Target\$BinName.exe"
        if (-not (Test-Path -LiteralPath $exe -PathType Leaf)) { Fail "$asset holds no $BinName.exe; nothing was installed" }

        New-Item -ItemType Directory -Force -Path $prefix | Out-Null
        $dest = Join-Path $prefix "$BinName.exe"
        # A hidden name in the same folder, then one move: nobody runs a half-written file.
        $tmp = Join-Path $prefix ".$BinName.install.$PID.exe"
        Copy-Item -LiteralPath $exe -Destination $tmp -Force
        Move-Item -LiteralPath $tmp -Destination $dest -Force
        Info "installed $BinName $version to $dest"
    }
    finally {
        Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
    }

    $run = $dest
    $userPath = [Environment]::GetEnvironmentVariable('Path', 'User')
    $onPath = @(($userPath, $env:Path) -join ';' -split ';' | Where-Object { $_.TrimEnd('\') -eq $prefix.TrimEnd('\') }).Count -gt 0
    if ($onPath) {
        $run = $BinName
    }
    elseif ($addPath) {
        $joined = if ($userPath) { "$prefix;$userPath" } else { $prefix }
        [Environment]::SetEnvironmentVariable('Path', $joined, 'User')
        $env:Path = "$prefix;$env:Path"
        Info "added $prefix to your PATH (new terminals see it)"
        $run = $BinName
    }
    else {
        Info "$prefix is not on your PATH"
    }
    Info "PowerShell completions: $BinName completions powershell | Out-String | Invoke-Expression"

    if ($null -ne $start) {
        # The options may hold keys: say how many, never what.
        Info "starting the gateway: $run start (with $($start.Count) option(s), not shown)"
        & $dest start @start
        Stop $LASTEXITCODE
    }
    Info "next: $run start"
}

$code = 0
try { Main @($args) }
catch {
    if ($_.Exception.Message -match '^get-ai-gateway-install-exit:(-?\d+)$') { $code = [int]$Matches[1] }
    else { [Console]::Error.WriteLine("error: $($_.Exception.Message)"); $code = 1 }
}
if ($PSCommandPath) { exit $code }
$global:LASTEXITCODE = $code
