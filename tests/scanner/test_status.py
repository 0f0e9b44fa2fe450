"""Camera statuses carry a message id for the UI and an English default."""

from kiosk.scanner.status import CameraStatus, CameraStatusReport


def test_retrying_status_has_its_own_message_id_and_says_when():
    report = CameraStatusReport(CameraStatus.UNAVAILABLE, retry_in=2.0, attempt=3)
    assert report.message_id == "camera.unavailable.retrying"
    assert report.english() == "camera unavailable — retrying in 2 s"


def test_plain_status_message_id():
    assert CameraStatusReport(CameraStatus.ENDED).message_id == "camera.ended"


def test_only_failures_are_faults():
    faults = {s for s in CameraStatus if s.is_fault}
    assert faults == {CameraStatus.BAD_FRAMES, CameraStatus.UNAVAILABLE, CameraStatus.LOST}


def test_reports_are_values():
    assert CameraStatusReport(CameraStatus.LOST, 1.0) == CameraStatusReport(CameraStatus.LOST, 1.0)
    assert hash(CameraStatusReport(CameraStatus.RUNNING)) == hash(
        CameraStatusReport(CameraStatus.RUNNING)
    )
