# Lesson: scan a QR code to pay, and check the amount first (Using my phone, lesson 3)
phone-scan-to-pay-title = Scan to pay, check the amount first
phone-scan-to-pay-remember = Before you pay, check who receives the money and how much. Confirm only when both are right.

phone-scan-to-pay-explain-1 = In many shops, you can pay by scanning the shop's QR code with your phone. No cash needed.
phone-scan-to-pay-explain-2 = Open WeChat, tap the "+" at the top right, then "Scan". Alipay also has "Scan" on its home page. Point the camera at the shop's QR code.
phone-scan-to-pay-explain-3 = Before you pay, check two things: is the name this shop's, and is the amount right? If both are right, confirm the payment.

phone-scan-to-pay-sim-1-instruction = You bought apples for 12.50 yuan. Look: the shop name and the amount are both right. Please confirm the payment.
phone-scan-to-pay-sim-1-merchant = Happy Fruit Shop
phone-scan-to-pay-sim-1-amount = ¥ 12.50
phone-scan-to-pay-sim-1-note = Apples, 1 kg
phone-scan-to-pay-sim-1-confirm = Paid! You checked the shop name and the amount first. That was very careful.
phone-scan-to-pay-sim-1-cancel = Cancelling costs nothing, so that's fine. This time the shop and the amount are right, so you can confirm.
phone-scan-to-pay-sim-1-ask-family = Asking family is always fine. This time the shop and the amount are right, so you can confirm.

phone-scan-to-pay-sim-2-instruction = You buy apples again. This time the screen says ¥ 1250.00, but your apples cost only 12.50 yuan. What do you do?
phone-scan-to-pay-sim-2-merchant = Happy Fruit Shop
phone-scan-to-pay-sim-2-amount = ¥ 1250.00
phone-scan-to-pay-sim-2-note = Apples, 1 kg
phone-scan-to-pay-sim-2-cancel = Well done! When the amount is wrong, cancel first and ask the shop to check it again.
phone-scan-to-pay-sim-2-ask-family = Good! When you are unsure, asking family is a safe choice. Don't pay a wrong amount.
phone-scan-to-pay-sim-2-confirm = This would pay 1,250 yuan, a hundred times too much. Money paid is hard to get back, so always check the amount first.

phone-scan-to-pay-q-1 = After scanning, the name on the screen does not match this shop. What do you do?
phone-scan-to-pay-q-1-a-1 = Pay anyway, it's all the same
phone-scan-to-pay-q-1-a-1-feedback = If the name doesn't match, the money may go to someone else. Some people stick fake QR codes over a shop's real one.
phone-scan-to-pay-q-1-a-2 = Don't pay yet; ask the shopkeeper in person
phone-scan-to-pay-q-1-a-2-feedback = That's right! Don't pay yet. Ask the shopkeeper, and pay once you are sure.
phone-scan-to-pay-q-1-a-3 = Pay quickly so the people behind me don't wait
phone-scan-to-pay-q-1-a-3-feedback = There's no need to hurry; taking a second look is normal. If the name doesn't match, ask before you pay.
