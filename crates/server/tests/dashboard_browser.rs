#[tokio::test]
async fn probe() {
    let b = fantoccini::ClientBuilder::rustls();
    println!("{:?}", b.is_ok());
}
