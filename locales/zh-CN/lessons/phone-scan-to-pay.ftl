# 课程：扫码付钱，先看金额（学用手机，第 3 课）
phone-scan-to-pay-title = 扫码付钱，先看金额
phone-scan-to-pay-remember = 付钱前，看清收款的名字和金额，都对了再确认。

phone-scan-to-pay-explain-1 = 在很多店里，用手机扫一扫店家的二维码就能付钱，不用带现金。
phone-scan-to-pay-explain-2 = 打开微信，点右上角的“＋”，再点“扫一扫”；支付宝首页也有“扫一扫”。然后把镜头对准店家的二维码。
phone-scan-to-pay-explain-3 = 付钱前，先看两样：收款的名字是不是这家店，金额对不对。都对了，再确认付款。

phone-scan-to-pay-sim-1-instruction = 您买了苹果，一共十二块五。看一看：店名和金额都对，请确认付款。
phone-scan-to-pay-sim-1-merchant = 幸福水果店
phone-scan-to-pay-sim-1-amount = ¥ 12.50
phone-scan-to-pay-sim-1-note = 苹果 2 斤
phone-scan-to-pay-sim-1-confirm = 付好了！您先看清了店名和金额，做得很仔细。
phone-scan-to-pay-sim-1-cancel = 取消不会花钱，这不要紧。这次店名和金额都对，可以放心确认付款。
phone-scan-to-pay-sim-1-ask-family = 问问家人总是可以的。这次店名和金额都对，您可以放心确认付款。

phone-scan-to-pay-sim-2-instruction = 又去买苹果。这次屏幕上写着 ¥ 1250.00，可您只买了十二块五的苹果。您怎么做？
phone-scan-to-pay-sim-2-merchant = 幸福水果店
phone-scan-to-pay-sim-2-amount = ¥ 1250.00
phone-scan-to-pay-sim-2-note = 苹果 2 斤
phone-scan-to-pay-sim-2-cancel = 做得对！金额不对就先取消，请店家重新核对。
phone-scan-to-pay-sim-2-ask-family = 很好！拿不准的时候，问问家人很稳妥。金额不对，先别付钱。
phone-scan-to-pay-sim-2-confirm = 这样会付出一千二百五十元，多付了一百倍。钱付出去很难要回来，所以付钱前一定要看金额。

phone-scan-to-pay-q-1 = 扫码以后，屏幕上的收款名字和这家店对不上，怎么办？
phone-scan-to-pay-q-1-a-1 = 反正都是付钱，照样付
phone-scan-to-pay-q-1-a-1-feedback = 名字对不上，钱可能付给了别人。有人会把假二维码贴在店家的真二维码上。
phone-scan-to-pay-q-1-a-2 = 先不付，当面问问店家
phone-scan-to-pay-q-1-a-2-feedback = 答对了！先别付钱，当面问清楚店家，确认了再付。
phone-scan-to-pay-q-1-a-3 = 赶紧付，别让后面的人等
phone-scan-to-pay-q-1-a-3-feedback = 不用着急，多看一眼很正常。名字对不上就先别付，问清楚再说。
