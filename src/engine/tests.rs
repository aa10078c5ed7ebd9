use super::archive::first_file_of;
use super::*;

#[test]
fn busy_ports_are_named() {
    let msg = "driver failed programming external connectivity on endpoint x: Error starting \
               userland proxy: listen tcp4 127.0.0.1:18080: bind: address already in use";
    assert_eq!(busy_port_in(msg), Some(18080));
    assert_eq!(
        busy_port_in("Bind for 127.0.0.1:8443 failed: port is already allocated"),
        Some(8443)
    );
    assert_eq!(busy_port_in("something else 8080"), None);
}

#[test]
fn tar_round_trip() {
    let files = [NewFile {
        path: "a/.x.tmp".into(),
        bytes: b"k: 'v'\n".to_vec(),
        mode: 0o600,
        uid: 1000,
        gid: 1000,
    }];
    let archive = tar_of(&files).unwrap();
    let back = first_file_of(&archive).unwrap().unwrap();
    assert_eq!(back.bytes, b"k: 'v'\n");
    assert_eq!((back.mode, back.uid, back.gid), (0o600, 1000, 1000));
}

#[test]
fn the_api_version_comes_from_the_ping_headers() {
    let ok = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nOstype: linux\r\n\r\nOK";
    assert_eq!(api_version_of(ok), Some((1, 41)));
    let lower = "HTTP/1.0 200 OK\r\napi-version:1.45\r\n\r\n";
    assert_eq!(api_version_of(lower), Some((1, 45)));
    assert_eq!(
        api_version_of("HTTP/1.1 200 OK\r\nServer: x\r\n\r\nOK"),
        None
    );
    assert_eq!(
        api_version_of("HTTP/1.1 500 Internal Server Error\r\nApi-Version: 1.41\r\n\r\n"),
        None
    );
    assert_eq!(
        api_version_of("HTTP/1.1 200 OK\r\nApi-Version: v2\r\n\r\n"),
        None
    );
    assert_eq!(api_version_of(""), None);
}
