# The app shell: names, navigation, Home, Settings, notices.
language-name = English
app-name = Blue Vest

nav-back = Back
nav-home = Home
nav-repeat = Repeat
nav-repeat-label = Say it again
voice-unavailable = Voice is not available right now. Please read the words on the screen.

home-title = Blue Vest
home-welcome = Welcome! Learn to use your phone and stay safe from scams, one small step at a time.
home-continue = Continue
home-continue-none = When you start a lesson, this button brings you back to the same step.
home-settings = Settings

track-phone = Using my phone
track-safety = Staying safe from scams
track-no-lessons = No lessons are installed yet. They will appear here soon.
track-progress = { $n } of { $total } lessons done

notice-store-recovered = Your saved settings could not be read, so the app started fresh. A copy of the old file was kept.
notice-store-memory = Your progress cannot be saved on this phone right now. You can still take lessons.

settings-title = Settings
settings-text-size = Text size
settings-text-size-label = Text size
settings-text-smaller = Smaller text
settings-text-larger = Larger text
settings-text-preview = This is how big the words will be.
settings-language = Language
settings-display = Screen
settings-high-contrast = High contrast colours
settings-voice = Voice
settings-voice-on = Read the screen aloud
settings-speech-rate = Speaking speed
settings-speech-slower = Speak slower
settings-speech-faster = Speak faster
switch-on = On
switch-off = Off

settings-contact = Trusted contact
settings-contact-help = Someone in your family you can ask before you pay or share anything. You can leave this empty.
settings-contact-name = Name
settings-contact-phone = Phone number
settings-contact-save = Save contact
settings-contact-remove = Remove contact
contact-saved = Saved. We will suggest calling this person when something looks unsafe.
contact-removed = The trusted contact was removed.
contact-error-name-missing = Please write the person's name.
contact-error-name-too-long = The name is too long. Please use at most 40 letters.
contact-error-phone-missing = Please write the phone number.
contact-error-phone-invalid = This phone number does not look right. Please use only digits, for example 138 0013 8000.

prompt-home = This is the home page. Tap Continue to go on with your lesson, or open Settings.
prompt-settings = These are the settings. You can make the words bigger, change the language, and turn the voice on or off.

lesson-step = Step { $n } of { $total }
lesson-next = Next
lesson-finish = Finish
lesson-open = Open lesson
lesson-status-new = Not started
lesson-status-step = At step { $n } of { $total }
lesson-status-done = Done ✓
lesson-try-again = Please try again.
lesson-hint = Hint: the highlighted button is the safe one.
result-title = Well done!
result-score = You got { $n } of { $total } right the first time.
result-remember = Remember:
result-home = Back to Home
prompt-lesson-result = You finished the lesson. Here is what to remember.

sim-phone = Practice phone
sim-target-answer = Answer
sim-target-decline = Decline
sim-target-link = Open the link
sim-target-delete = Delete
sim-target-official-app = Open the official app
sim-target-share-screen = Share screen
sim-target-send-code = Send the code
sim-target-refuse = Say no
sim-target-call-contact = Call my family
sim-target-confirm = Pay now
sim-target-cancel = Cancel
sim-target-ask-family = Ask my family first
sim-target-smaller = Smaller text
sim-target-larger = Larger text
sim-target-done = Done
sim-incoming = Incoming call
sim-amount = Amount

home-review = Review my mistakes
home-review-none = No questions to review today.
home-certificates = My certificates
review-title = Review my mistakes
review-step = Question { $n } of { $total }
review-done = Done
prompt-review = Here is a question you found hard before. Take your time.
certificates-title = My certificates
certificates-none = Finish every lesson of a track to get its certificate.
certificate-heading = Certificate
certificate-completed = Completed on { $value }
certificate-lessons = Lessons:
certificate-name = Your name (you can leave it empty)
certificate-name-save = Save name
certificate-name-saved = Saved.
result-certificate = You finished the whole track. Your certificate is ready!
result-see-certificate = See my certificate
prompt-certificates = These are your certificates. Show them to a volunteer at an event.
