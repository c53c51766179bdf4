package chrootarchive

func init() {
}
