-- Survey comments read by the models (#17.2).
-- comment_topic: the appeal topic model's reading of one comment (submission × free-text item), written when comments
-- are scored (daily before emerging topics, weekly after retraining). A topic the client chose wins over it; it only
-- fills comments whose client gave none. Codes only: nothing about a person.
CREATE TABLE comment_topic (
    submission_id VARCHAR NOT NULL,
    item_code     VARCHAR NOT NULL,
    topic         VARCHAR NOT NULL,
    confidence    DOUBLE NOT NULL,
    model_version INTEGER NOT NULL,
    classified_at TIMESTAMP NOT NULL,
    PRIMARY KEY (submission_id, item_code)
);

-- sentiment_run: each (re)training of the comment sentiment model on the labels the scores imply and the specialists'
-- corrections, with its cross-validated quality, so the comments page shows how far the model can be trusted.
CREATE TABLE sentiment_run (
    trained_at  TIMESTAMP NOT NULL PRIMARY KEY,
    trigger     VARCHAR NOT NULL,
    comments    INTEGER NOT NULL,
    corrections INTEGER NOT NULL,
    accuracy    DOUBLE,
    macro_f1    DOUBLE
);
