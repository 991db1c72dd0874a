# Lesson: make the text bigger on my phone (Using my phone, lesson 1)
phone-bigger-text-title = Make the text bigger on my phone
phone-bigger-text-remember = Settings → Display → Font size: if the text is too small, make it bigger.

phone-bigger-text-explain-1 = Is the text on your phone hard to read? You can make it bigger, and change it back any time.
phone-bigger-text-explain-2 = Open "Settings", find "Display" or "Display & brightness", then tap "Font size". The names can differ a little on each phone.

phone-bigger-text-sim-1-instruction = This is the font size page. Tap the button that makes the text larger, and watch the words below.
phone-bigger-text-sim-1-title = Display
phone-bigger-text-sim-1-sample = The weather is lovely today. Let's take a walk in the park.
phone-bigger-text-sim-1-larger = Well done! The text is bigger now and much easier to read.
phone-bigger-text-sim-1-smaller = That makes the text smaller. No problem. For this step, tap the button that makes it larger.
phone-bigger-text-sim-1-done = That closes the page before the text got bigger. First, tap the button that makes the text larger.

phone-bigger-text-sim-2-instruction = Now the text is big enough to read easily. Tap "Done" to save your setting.
phone-bigger-text-sim-2-title = Display
phone-bigger-text-sim-2-sample = With bigger text, reading messages is easy on the eyes.
phone-bigger-text-sim-2-done = Very good! Your setting is saved, and the text on your phone is bigger now.
phone-bigger-text-sim-2-larger = The text can get even bigger; that is fine. When it is easy to read, tap "Done".
phone-bigger-text-sim-2-smaller = The text gets a little smaller; that is fine. When it is easy to read, tap "Done".

phone-bigger-text-explain-3 = Some apps, such as WeChat, have their own "Font size" setting too. If you can't find it, ask a family member to look with you.

phone-bigger-text-q-1 = The text is now so big that a page no longer fits on the screen. What can you do?
phone-bigger-text-q-1-a-1 = Nothing, it can't be changed back
phone-bigger-text-q-1-a-1-feedback = Don't worry, it can be changed back. Go to "Font size" again and tap the button that makes the text smaller.
phone-bigger-text-q-1-a-2 = Go back to "Font size" and make the text a little smaller
phone-bigger-text-q-1-a-2-feedback = That's right! You can change the text size any time, until it feels comfortable to you.
phone-bigger-text-q-1-a-3 = Buy a new phone
phone-bigger-text-q-1-a-3-feedback = No need for a new phone. Go back to "Font size" and make the text a little smaller.
